using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Remediator.Sns.Protocol;

/// <summary>
/// The Query-protocol body of a <c>Publish</c> call: form fields percent-encoded as RFC 3986 asks
/// (<c>%20</c> for a space), in a fixed order so that the same message always makes the same body.
/// </summary>
internal static class PublishForm
{
    public const string Action = "Publish";
    public const string ApiVersion = "2010-03-31";

    public static IReadOnlyList<KeyValuePair<string, string>> Fields(SnsMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Action", Action),
            new("Version", ApiVersion),
            new("TopicArn", message.TopicArn),
            new("Message", message.Message),
        };
        if (message.Subject is not null)
        {
            fields.Add(new("Subject", message.Subject));
        }

        if (message.JsonStructure)
        {
            fields.Add(new("MessageStructure", "json"));
        }

        for (var i = 0; i < message.Attributes.Count; i++)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"MessageAttributes.entry.{i + 1}.");
            fields.Add(new(prefix + "Name", message.Attributes[i].Key));
            fields.Add(new(prefix + "Value.DataType", "String"));
            fields.Add(new(prefix + "Value.StringValue", message.Attributes[i].Value));
        }

        return fields;
    }

    public static byte[] Encode(IEnumerable<KeyValuePair<string, string>> fields) =>
        Encoding.UTF8.GetBytes(string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")));

    /// <summary>A fresh content per attempt: the signing handler reads and re-buffers it.</summary>
    public static HttpContent Content(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = "utf-8" };
        return content;
    }
}
