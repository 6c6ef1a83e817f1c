using System.Text;
using System.Text.Json;

namespace Remediator.Events;

/// <summary>
/// The paths System.Text.Json reports in a <see cref="JsonException"/> (<c>$.detail.eventTime</c>,
/// <c>$['detail-type']</c>, <c>$.resources[0]</c>), split into member names and array indexes.
/// </summary>
internal static class JsonPath
{
    public static IReadOnlyList<object> Segments(string? path)
    {
        var segments = new List<object>();
        var at = path is not null && path.StartsWith('$') ? 1 : 0;
        while (path is not null && at < path.Length)
        {
            if (path[at] == '.')
            {
                var end = path.IndexOfAny(['.', '['], at + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(at + 1)..end]);
                at = end;
            }
            else if (path.AsSpan(at).StartsWith("['"))
            {
                var end = path.IndexOf("']", at, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(at + 2)..end]);
                at = end + 2;
            }
            else if (path[at] == '[')
            {
                var end = path.IndexOf(']', at);
                end = end < 0 ? path.Length : end;
                segments.Add(int.TryParse(path[(at + 1)..end], out var index) ? index : path[(at + 1)..end]);
                at = end + 1;
            }
            else
            {
                break;
            }
        }

        return segments;
    }

    public static string Dotted(IReadOnlyList<object> segments)
    {
        var text = new StringBuilder();
        foreach (var segment in segments)
        {
            _ = segment is int index ? text.Append('[').Append(index).Append(']')
                : text.Append(text.Length == 0 ? "" : ".").Append(segment);
        }

        return text.ToString();
    }

    public static JsonElement? Find(JsonElement root, IReadOnlyList<object> segments)
    {
        var current = root;
        foreach (var segment in segments)
        {
            if (segment is int index && current.ValueKind == JsonValueKind.Array && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else if (segment is string name && current.ValueKind == JsonValueKind.Object && current.TryGetProperty(name, out var member))
            {
                current = member;
            }
            else
            {
                return null;
            }
        }

        return current;
    }
}
