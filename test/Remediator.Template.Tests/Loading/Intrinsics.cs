using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Remediator.Template.Tests.Loading;

/// <summary>What a template's intrinsic functions refer to: parameters, resources and conditions.</summary>
internal static partial class Intrinsics
{
    /// <summary>The name in <c>{"Ref": name}</c>, or null when the node is something else.</summary>
    public static string? RefName(JsonNode? node) =>
        node is JsonObject { Count: 1 } o && o["Ref"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    public static bool IsRef(JsonNode? node, string name) => RefName(node) == name;

    /// <summary>The logical id in <c>{"Fn::GetAtt": [id, attribute]}</c>, with the attribute, or null.</summary>
    public static (string Id, string Attribute)? GetAtt(JsonNode? node) =>
        node is JsonObject { Count: 1 } o && o["Fn::GetAtt"] is JsonArray and [JsonValue id, JsonValue attribute]
            ? (id.GetValue<string>(), attribute.GetValue<string>())
            : null;

    /// <summary>
    /// Every name that <paramref name="node"/> refers to, anywhere inside it: Ref targets, GetAtt resources and
    /// the <c>${Name}</c> or <c>${Name.Attribute}</c> of Fn::Sub strings (less Sub's own variables and <c>${!literal}</c>).
    /// </summary>
    public static IEnumerable<string> ReferencedNames(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o when RefName(o) is { } name:
                yield return name;
                break;
            case JsonObject o when GetAtt(o) is { } getAtt:
                yield return getAtt.Id;
                break;
            case JsonObject { Count: 1 } o when o["Fn::Sub"] is { } sub:
                foreach (var name in SubReferences(sub))
                {
                    yield return name;
                }

                break;
            case JsonObject o:
                foreach (var name in o.SelectMany(p => ReferencedNames(p.Value)))
                {
                    yield return name;
                }

                break;
            case JsonArray a:
                foreach (var name in a.SelectMany(ReferencedNames))
                {
                    yield return name;
                }

                break;
        }
    }

    /// <summary>Condition names used by Fn::If and the <c>{"Condition": name}</c> of Fn::And/Or/Not, anywhere inside.</summary>
    public static IEnumerable<string> ReferencedConditions(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject { Count: 1 } o when o["Fn::If"] is JsonArray and [JsonValue condition, ..] args:
                yield return condition.GetValue<string>();
                foreach (var name in args.Skip(1).SelectMany(ReferencedConditions))
                {
                    yield return name;
                }

                break;
            case JsonObject { Count: 1 } o when o["Condition"] is JsonValue v && v.GetValueKind() == JsonValueKind.String:
                yield return v.GetValue<string>();
                break;
            case JsonObject o:
                foreach (var name in o.SelectMany(p => ReferencedConditions(p.Value)))
                {
                    yield return name;
                }

                break;
            case JsonArray a:
                foreach (var name in a.SelectMany(ReferencedConditions))
                {
                    yield return name;
                }

                break;
        }
    }

    /// <summary>
    /// The values a node can take once CloudFormation has resolved its Fn::If: both branches (less
    /// AWS::NoValue), recursively; any other node as it is.
    /// </summary>
    public static IEnumerable<JsonNode> Branches(JsonNode? node)
    {
        if (node is JsonObject { Count: 1 } o && o["Fn::If"] is JsonArray and [_, var whenTrue, var whenFalse])
        {
            return Branches(whenTrue).Concat(Branches(whenFalse));
        }

        return node is null || IsRef(node, "AWS::NoValue") ? [] : [node];
    }

    /// <summary>A string or a list of strings (IAM's Action, Resource…), as a list; other nodes as they are.</summary>
    public static IReadOnlyList<JsonNode> OneOrMany(JsonNode? node) =>
        node switch
        {
            null => [],
            JsonArray a => [.. a.SelectMany(Branches)],
            _ => [.. Branches(node)],
        };

    private static IEnumerable<string> SubReferences(JsonNode sub)
    {
        var (text, variables) = sub switch
        {
            JsonValue v => (v.GetValue<string>(), new JsonObject()),
            JsonArray and [JsonValue v, JsonObject map] => (v.GetValue<string>(), map),
            _ => throw new InvalidDataException($"Fn::Sub takes a string or [string, map], not {sub.ToJsonString()}."),
        };

        var own = variables.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        foreach (Match match in SubVariable().Matches(text))
        {
            var name = match.Groups["name"].Value;
            if (!own.Contains(name))
            {
                yield return name;
            }
        }

        foreach (var name in variables.SelectMany(p => ReferencedNames(p.Value)))
        {
            yield return name;
        }
    }

    /// <summary><c>${Name}</c> or <c>${Name.Attribute}</c>, not <c>${!Literal}</c>.</summary>
    [GeneratedRegex(@"\$\{(?!!)(?<name>[A-Za-z0-9:]+)(\.[A-Za-z0-9.]+)?\}")]
    private static partial Regex SubVariable();
}
