using System.Globalization;
using System.Text.Json;

namespace Remediator.Cli.Worlds;

/// <summary>
/// Follows a path as System.Text.Json reports it (<c>RouteTables[0].Routes[1].State</c>, without the
/// leading <c>$.</c>) to the value there, so that an error can say what was found instead of a CLR type name.
/// </summary>
internal static class JsonFieldPath
{
    public static JsonElement? Find(JsonElement root, string path)
    {
        var current = root;
        foreach (var segment in path.Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!TryStep(current, segment, out current))
            {
                return null;
            }
        }

        return current;
    }

    private static bool TryStep(JsonElement from, string segment, out JsonElement to)
    {
        to = default;
        if (!segment.StartsWith('['))
        {
            return from.ValueKind == JsonValueKind.Object && TryGetMember(from, segment, out to);
        }

        if (from.ValueKind != JsonValueKind.Array
            || !int.TryParse(segment.Trim('[', ']'), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || index >= from.GetArrayLength())
        {
            return false;
        }

        to = from[index];
        return true;
    }

    /// <summary>
    /// Looking a member up unescapes every name on the way, and one escaping half a surrogate pair throws (found by
    /// fuzzing): such a member cannot be found, which the caller reports.
    /// </summary>
    private static bool TryGetMember(JsonElement from, string name, out JsonElement member)
    {
        try
        {
            return from.TryGetProperty(name, out member);
        }
        catch (InvalidOperationException)
        {
            member = default;
            return false;
        }
    }
}
