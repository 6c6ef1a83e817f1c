using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Remediator.Events;

/// <summary>
/// Reads raw event JSON into the source-generated records, turning every failure into an
/// <see cref="InvalidEventException"/> that names the field, never a bare <see cref="JsonException"/>.
/// </summary>
internal static class EventReader
{
    /// <summary>Parses the text; the caller owns (and disposes) the document the records point into.</summary>
    public static JsonDocument Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidEventException(new InvalidEvent(
                InvalidEvent.WholeEvent, $"is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})"));
        }
    }

    public static EventBridgeEnvelope Envelope(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidEventException(new InvalidEvent(
                InvalidEvent.WholeEvent, $"must be a JSON object, found {EventField.Describe(root)}"));
        }

        return Deserialize(root, EventJsonContext.Default.EventBridgeEnvelope, "");
    }

    public static CloudTrailRecord CloudTrail(EventField detail) =>
        Deserialize(detail.RequireObject().Value, EventJsonContext.Default.CloudTrailRecord, detail.Path);

    private static T Deserialize<T>(JsonElement element, JsonTypeInfo<T> type, string prefix)
    {
        try
        {
            return element.Deserialize(type) ?? throw new InvalidEventException(new InvalidEvent(Join(prefix, ""), "is null"));
        }
        catch (JsonException e)
        {
            var path = JsonPath.Segments(e.Path);
            var problem = JsonPath.Find(element, path) switch
            {
                { ValueKind: JsonValueKind.String } text when !JsonText.IsText(text) => JsonText.NotText,
                _ when !JsonText.NamesAreText(element) => JsonText.NameNotText,
                { } value => $"has the wrong type: found {EventField.Describe(value)}",
                null => "has the wrong type: found a value of another type",
            };
            throw new InvalidEventException(new InvalidEvent(Join(prefix, JsonPath.Dotted(path)), problem));
        }
    }

    private static string Join(string prefix, string path) =>
        prefix.Length == 0 ? (path.Length == 0 ? InvalidEvent.WholeEvent : path)
        : path.Length == 0 ? prefix
        : path.StartsWith('[') ? prefix + path : $"{prefix}.{path}";
}
