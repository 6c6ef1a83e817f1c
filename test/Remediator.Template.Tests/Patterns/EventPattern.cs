using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Remediator.Template.Tests.Patterns;

/// <summary>
/// EventBridge's event pattern matching, for the operators our rules use, as the EventBridge User Guide describes
/// it:
/// <list type="bullet">
/// <item>every field of the pattern must match (AND); the list under a field holds alternatives (OR);</item>
/// <item>a nested object in the pattern matches the event's object at the same place;</item>
/// <item>values: exact (string, number, boolean, null; strings case-sensitively), <c>prefix</c>, <c>suffix</c>,
/// <c>anything-but</c> (a value, a list, or a prefix), <c>exists</c> (true/false, on leaf values only),
/// and <c>$or</c> between whole sub-patterns;</item>
/// <item>where the event holds an array, the pattern matches when it matches any element; the fields of an object
/// pattern must all match within the same element (array consistency).</item>
/// </list>
/// Any other operator throws, so that a rule using one cannot pass these tests unchecked.
/// </summary>
internal static class EventPattern
{
    public static bool Matches(JsonObject pattern, JsonNode? @event) => MatchesSomeObject(pattern, Flatten(@event));

    /// <summary>An object pattern against the event's nodes at one place: one object must match every field.</summary>
    private static bool MatchesSomeObject(JsonObject pattern, IReadOnlyList<JsonNode?> nodes)
    {
        var objects = nodes.OfType<JsonObject>().ToList();

        // Nothing there: only a pattern of absences (exists: false) can match.
        return objects.Count == 0 ? MatchesObject(pattern, []) : objects.Any(o => MatchesObject(pattern, o));
    }

    private static bool MatchesObject(JsonObject pattern, JsonObject @event)
    {
        foreach (var (field, expected) in pattern)
        {
            var matched = expected switch
            {
                JsonArray alternatives when field == "$or" => alternatives.Any(a => a is JsonObject p && MatchesObject(p, @event)),
                JsonObject nested => MatchesSomeObject(nested, Flatten(@event.TryGetPropertyValue(field, out var n) ? n : null)),
                JsonArray alternatives => MatchesLeaf(alternatives, LeafValues(@event, field)),
                _ => throw new NotSupportedException($"Pattern field '{field}' must hold a list or an object, not {expected?.ToJsonString() ?? "null"}."),
            };
            if (!matched)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The leaf values of an event field: none when it is absent or holds only objects, its elements when it is an
    /// array, else the value itself (null included: <c>"field": null</c> is present).
    /// </summary>
    private static IReadOnlyList<JsonNode?> LeafValues(JsonObject @event, string field)
    {
        if (!@event.TryGetPropertyValue(field, out var value))
        {
            return [];
        }

        return value is JsonObject ? [] : [.. Flatten(value).Where(v => v is not JsonObject)];
    }

    private static IReadOnlyList<JsonNode?> Flatten(JsonNode? node) =>
        node is JsonArray array ? [.. array.SelectMany(Flatten)] : [node];

    private static bool MatchesLeaf(JsonArray alternatives, IReadOnlyList<JsonNode?> values) =>
        alternatives.Any(alternative => alternative is JsonObject op ? MatchesOperator(op, values) : values.Any(v => SameValue(alternative, v)));

    private static bool MatchesOperator(JsonObject op, IReadOnlyList<JsonNode?> values)
    {
        if (op.Count != 1)
        {
            throw new NotSupportedException($"An operator object holds exactly one operator: {op.ToJsonString()}.");
        }

        var (name, argument) = op.First();
        return name switch
        {
            "exists" => Boolean(argument, name) == (values.Count > 0),
            "prefix" => values.Any(v => Text(v) is { } t && t.StartsWith(String(argument, name), StringComparison.Ordinal)),
            "suffix" => values.Any(v => Text(v) is { } t && t.EndsWith(String(argument, name), StringComparison.Ordinal)),
            "anything-but" => values.Count > 0 && values.Any(v => !Excluded(argument, v)),
            _ => throw new NotSupportedException($"Operator '{name}' is not implemented by this matcher."),
        };
    }

    private static bool Excluded(JsonNode? argument, JsonNode? value) => argument switch
    {
        JsonArray list => list.Any(item => SameValue(item, value)),
        JsonObject { Count: 1 } o when o["prefix"] is JsonValue p =>
            Text(value) is { } t && t.StartsWith(p.GetValue<string>(), StringComparison.Ordinal),
        JsonObject other => throw new NotSupportedException($"anything-but {other.ToJsonString()} is not implemented by this matcher."),
        _ => SameValue(argument, value),
    };

    /// <summary>Exact matching: same JSON type and value; numbers compared as numbers.</summary>
    private static bool SameValue(JsonNode? expected, JsonNode? actual)
    {
        var expectedKind = Kind(expected);
        if (expectedKind != Kind(actual))
        {
            return false;
        }

        return expectedKind switch
        {
            JsonValueKind.Null => true,
            JsonValueKind.String => expected!.GetValue<string>() == actual!.GetValue<string>(),
            JsonValueKind.Number => Number(expected!) == Number(actual!),
            JsonValueKind.True or JsonValueKind.False => true,
            _ => throw new NotSupportedException($"Cannot match {expected?.ToJsonString()} exactly."),
        };
    }

    private static JsonValueKind Kind(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    private static decimal Number(JsonNode node) => decimal.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string? Text(JsonNode? node) => Kind(node) == JsonValueKind.String ? node!.GetValue<string>() : null;

    private static string String(JsonNode? argument, string op) =>
        Text(argument) ?? throw new NotSupportedException($"'{op}' takes a string, not {argument?.ToJsonString() ?? "null"}.");

    private static bool Boolean(JsonNode? argument, string op) => Kind(argument) switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new NotSupportedException($"'{op}' takes true or false, not {argument?.ToJsonString() ?? "null"}."),
    };
}
