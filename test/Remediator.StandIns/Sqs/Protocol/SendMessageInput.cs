using System.Text.Json;

namespace Remediator.StandIns.Sqs.Protocol;

/// <summary>The members of an AWS JSON 1.0 <c>SendMessage</c> request that the stand-in reads.</summary>
internal sealed record SendMessageInput(
    string QueueUrl,
    string MessageBody,
    IReadOnlyDictionary<string, SqsAttributeValue> Attributes,
    IReadOnlyDictionary<string, SqsAttributeValue> SystemAttributes)
{
    public static SendMessageInput Parse(ReadOnlyMemory<byte> json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new SqsError(400, "com.amazon.coral.service#SerializationException", e.Message, null).ToException();
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new SqsError(400, "com.amazon.coral.service#SerializationException", "Expected a JSON object.", null).ToException();
            }

            return new SendMessageInput(
                String(root, "QueueUrl") ?? throw SqsError.MissingParameter("QueueUrl").ToException(),
                String(root, "MessageBody") ?? throw SqsError.MissingParameter("MessageBody").ToException(),
                AttributeMap(root, "MessageAttributes"),
                AttributeMap(root, "MessageSystemAttributes"));
        }
    }

    private static string? String(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Dictionary<string, SqsAttributeValue> AttributeMap(JsonElement root, string member)
    {
        var attributes = new Dictionary<string, SqsAttributeValue>(StringComparer.Ordinal);
        if (!root.TryGetProperty(member, out var map) || map.ValueKind != JsonValueKind.Object)
        {
            return attributes;
        }

        foreach (var attribute in map.EnumerateObject())
        {
            attributes[attribute.Name] = new SqsAttributeValue(
                String(attribute.Value, "DataType") ?? "",
                String(attribute.Value, "StringValue"),
                String(attribute.Value, "BinaryValue"));
        }

        return attributes;
    }
}
