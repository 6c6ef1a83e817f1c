using System.Text;
using System.Xml.Linq;

namespace Remediator.StandIns.Sns;

/// <summary>The XML documents SNS answers with, in its namespace.</summary>
public static class StandInXml
{
    private static readonly XNamespace Sns = "http://sns.amazonaws.com/doc/2010-03-31/";

    public static byte[] Published(string messageId, string requestId) => Bytes(
        new XElement(Sns + "PublishResponse",
            new XElement(Sns + "PublishResult", new XElement(Sns + "MessageId", messageId)),
            new XElement(Sns + "ResponseMetadata", new XElement(Sns + "RequestId", requestId))));

    public static byte[] Error(SnsStandInError error, string requestId)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Bytes(new XElement(Sns + "ErrorResponse",
            new XElement(Sns + "Error",
                new XElement(Sns + "Type", error.Type),
                new XElement(Sns + "Code", error.Code),
                new XElement(Sns + "Message", error.Message)),
            new XElement(Sns + "RequestId", requestId)));
    }

    private static byte[] Bytes(XElement root) => Encoding.UTF8.GetBytes(root.ToString(SaveOptions.DisableFormatting));
}
