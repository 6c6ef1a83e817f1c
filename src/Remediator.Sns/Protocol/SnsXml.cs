using System.Globalization;
using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Remediator.Aws.Errors;

namespace Remediator.Sns.Protocol;

/// <summary>
/// Reads SNS's XML answers: <c>PublishResponse/PublishResult/MessageId</c> and
/// <c>ErrorResponse/Error/{Type,Code,Message}</c> with <c>RequestId</c>. Elements are matched by local name,
/// so a stand-in or proxy that drops the <c>http://sns.amazonaws.com/doc/2010-03-31/</c> namespace still reads.
/// </summary>
internal static class SnsXml
{
    public const string Namespace = "http://sns.amazonaws.com/doc/2010-03-31/";

    /// <summary>The longest message kept from an error body that is not SNS's XML.</summary>
    private const int MaxRawMessage = 256;

    /// <returns>The message id, or <c>null</c> when the body is not a <c>PublishResponse</c> with one.</returns>
    public static string? MessageId(byte[] body)
    {
        var root = Load(body);
        return root?.Name.LocalName == "PublishResponse"
            ? Child(Child(root, "PublishResult"), "MessageId")?.Value is { Length: > 0 } id ? id : null
            : null;
    }

    /// <summary>SNS's error document as the classifier reads every AWS error: code and status.</summary>
    public static AwsError Error(HttpStatusCode status, byte[] body)
    {
        var root = Load(body);
        var error = root?.Name.LocalName == "ErrorResponse" ? Child(root, "Error") : null;
        var code = Child(error, "Code")?.Value.Trim();
        if (string.IsNullOrEmpty(code))
        {
            return new AwsError(status, AwsError.WithoutCode(status), RawMessage(status, body), null);
        }

        return new AwsError(status, code, Child(error, "Message")?.Value.Trim() ?? "", Child(root, "RequestId")?.Value.Trim());
    }

    private static XElement? Load(byte[] body)
    {
        try
        {
            // DTDs are refused: the answer comes from the network.
            using var stream = new MemoryStream(body, writable: false);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader).Root;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static XElement? Child(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string RawMessage(HttpStatusCode status, byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, MaxRawMessage)).ReplaceLineEndings(" ").Trim();
        return text.Length > 0 ? text : $"SNS answered HTTP {(int)status} ({status}) without an error document.";
    }
}
