using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Remediator.Tests.Triggers;

/// <summary>
/// Valid JSON that a well-behaved producer would not write: every string of an event with its field path as the
/// parser names it, duplicated keys, and strings written as \u escapes (lone surrogates and controls included),
/// which JsonNode cannot express.
/// </summary>
internal static class HostileJson
{
    /// <summary>Each string value with its path: <c>account</c>, <c>resources[0]</c>, <c>detail.requestParameters.routeTableId</c>.</summary>
    public static IEnumerable<(string Path, JsonValue Value)> Strings(JsonNode? node, string path = "") => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value, path.Length == 0 ? p.Key : $"{path}.{p.Key}")),
        JsonArray a => a.SelectMany((item, i) => Strings(item, $"{path}[{i}]")),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [(path, v)],
        _ => [],
    };

    /// <summary>The event with the string at <paramref name="path"/> replaced.</summary>
    public static JsonObject Replaced(JsonObject json, string path, JsonNode replacement)
    {
        var copy = json.DeepClone().AsObject();
        Strings(copy).Single(s => s.Path == path).Value.ReplaceWith(replacement);
        return copy;
    }

    /// <summary>
    /// The event as text, the member at <paramref name="path"/> written twice: first with <paramref name="decoy"/>,
    /// then with its own value.
    /// </summary>
    public static string WithDuplicate(JsonObject json, string path, JsonNode decoy)
    {
        var leaf = Strings(json).Single(s => s.Path == path).Value;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, json, leaf, decoy);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A JSON string literal with every character escaped, so that any UTF-16 sequence can be written.</summary>
    public static string EscapedLiteral(string value) =>
        "\"" + string.Concat(value.Select(c => $"\\u{(int)c:x4}")) + "\"";

    private static void Write(Utf8JsonWriter writer, JsonNode? node, JsonNode leaf, JsonNode decoy)
    {
        switch (node)
        {
            case JsonObject o:
                writer.WriteStartObject();
                foreach (var (key, value) in o)
                {
                    if (ReferenceEquals(value, leaf))
                    {
                        writer.WritePropertyName(key);
                        decoy.WriteTo(writer);
                    }

                    writer.WritePropertyName(key);
                    Write(writer, value, leaf, decoy);
                }

                writer.WriteEndObject();
                break;
            case JsonArray a:
                writer.WriteStartArray();
                foreach (var item in a)
                {
                    Write(writer, item, leaf, decoy);
                }

                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
