using System.Globalization;
using System.Text;
using System.Xml;

namespace Remediator.StandIns.Ec2.Protocol;

/// <summary>
/// Writes an EC2 response document. Every element goes in EC2's namespace, and every value through
/// <see cref="XmlWriter"/>, so whatever a test put in a tag or an id comes out escaped.
/// </summary>
internal sealed class Ec2Xml : IDisposable
{
    public const string Namespace = "http://ec2.amazonaws.com/doc/2016-11-15/";

    /// <summary>The body of most mutating actions' answers: <c>&lt;return&gt;true&lt;/return&gt;</c>.</summary>
    public static readonly Action<Ec2Xml> ReturnTrue = xml => xml.Element("return", true);

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    private readonly MemoryStream buffer = new();
    private readonly XmlWriter writer;

    public Ec2Xml() => writer = XmlWriter.Create(buffer, Settings);

    public void Start(string name) => writer.WriteStartElement(name, Namespace);

    public void End() => writer.WriteEndElement();

    public void Element(string name, string value) => writer.WriteElementString(name, Namespace, value);

    public void Element(string name, bool value) => Element(name, value ? "true" : "false");

    public void Element(string name, int value) => Element(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes <paramref name="value"/> only when there is one, as EC2 leaves absent fields out.</summary>
    public void Optional(string name, string? value)
    {
        if (value is not null)
        {
            Element(name, value);
        }
    }

    /// <summary>A list, EC2-style: <c>&lt;nameSet&gt;&lt;item&gt;…&lt;/item&gt;…&lt;/nameSet&gt;</c>.</summary>
    public void Set<T>(string name, IEnumerable<T> items, Action<Ec2Xml, T> writeItem)
    {
        Start(name);
        foreach (var item in items)
        {
            Start("item");
            writeItem(this, item);
            End();
        }

        End();
    }

    public byte[] ToBytes()
    {
        writer.Flush();
        return buffer.ToArray();
    }

    public void Dispose()
    {
        writer.Dispose();
        buffer.Dispose();
    }

    /// <summary>The error document, which alone among EC2's responses has no namespace.</summary>
    public static byte[] Error(Ec2Error error, string requestId)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("Response");
            xml.WriteStartElement("Errors");
            xml.WriteStartElement("Error");
            xml.WriteElementString("Code", error.Code);
            xml.WriteElementString("Message", error.Message);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteElementString("RequestID", requestId);
            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    /// <summary>A success document: <c>&lt;ActionResponse&gt;&lt;requestId&gt;</c> and what the action writes.</summary>
    public static byte[] Success(string action, string requestId, Action<Ec2Xml> writeBody)
    {
        using var xml = new Ec2Xml();
        xml.writer.WriteStartDocument();
        xml.Start(action + "Response");
        xml.Element("requestId", requestId);
        writeBody(xml);
        xml.End();
        xml.writer.WriteEndDocument();
        return xml.ToBytes();
    }
}
