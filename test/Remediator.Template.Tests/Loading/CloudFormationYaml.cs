using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Remediator.Template.Tests.Loading;

/// <summary>
/// Reads a CloudFormation YAML template into the JSON it stands for, as CloudFormation does: short-form
/// intrinsic tags become their long form (<c>!Ref X</c> → <c>{"Ref": "X"}</c>, <c>!GetAtt A.B</c> →
/// <c>{"Fn::GetAtt": ["A", "B"]}</c>, <c>!Sub</c>, <c>!If</c>, … → <c>{"Fn::…": …}</c>), and plain scalars get
/// their YAML type (booleans, numbers, null), which matters for event patterns such as <c>exists: false</c>.
/// </summary>
internal static partial class CloudFormationYaml
{
    private const string CoreSchemaPrefix = "tag:yaml.org,2002:";

    public static JsonObject Load(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"Not valid YAML at {e.Start}: {e.Message}", e);
        }

        return stream.Documents is [var document]
            ? Convert(document.RootNode) as JsonObject ?? throw new InvalidDataException("The template is not a mapping.")
            : throw new InvalidDataException($"Expected one YAML document, found {stream.Documents.Count}.");
    }

    private static JsonNode? Convert(YamlNode node)
    {
        var tag = node.Tag.IsEmpty || node.Tag.IsNonSpecific ? null : node.Tag.Value;
        if (tag is not null && tag.StartsWith(CoreSchemaPrefix, StringComparison.Ordinal))
        {
            return tag == CoreSchemaPrefix + "str" && node is YamlScalarNode text
                ? JsonValue.Create(text.Value ?? "")
                : Untagged(node);
        }

        var value = Untagged(node);
        return tag is null ? value : Intrinsic(tag, value, node.Start);
    }

    private static JsonNode? Untagged(YamlNode node) => node switch
    {
        YamlMappingNode mapping => Mapping(mapping),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Convert)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidDataException($"Unsupported YAML node {node.NodeType} at {node.Start}."),
    };

    private static JsonObject Mapping(YamlMappingNode mapping)
    {
        var result = new JsonObject();
        foreach (var (key, value) in mapping.Children)
        {
            var name = key is YamlScalarNode { Value: { } text } ? text : throw new InvalidDataException($"A mapping key at {key.Start} is not a scalar.");
            if (!result.TryAdd(name, Convert(value)))
            {
                throw new InvalidDataException($"Duplicate key '{name}' at {key.Start}.");
            }
        }

        return result;
    }

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when IntegerPattern().IsMatch(text) => JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture)),
            _ when FloatPattern().IsMatch(text) => JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)),
            _ => JsonValue.Create(text),
        };
    }

    private static JsonObject Intrinsic(string tag, JsonNode? value, Mark at) => tag switch
    {
        "!Ref" => new JsonObject { ["Ref"] = value },
        "!Condition" => new JsonObject { ["Condition"] = value },
        "!GetAtt" => new JsonObject { ["Fn::GetAtt"] = GetAttArguments(value, at) },
        _ when tag.StartsWith('!') && tag.Length > 1 => new JsonObject { ["Fn::" + tag[1..]] = value },
        _ => throw new InvalidDataException($"Unknown tag '{tag}' at {at}."),
    };

    /// <summary><c>!GetAtt Resource.Attribute</c>: the attribute itself may contain dots (<c>Endpoint.Address</c>).</summary>
    private static JsonArray GetAttArguments(JsonNode? value, Mark at)
    {
        if (value is JsonArray array)
        {
            return array;
        }

        var text = value?.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : null;
        var dot = text?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        return dot > 0
            ? [text![..dot], text[(dot + 1)..]]
            : throw new InvalidDataException($"!GetAtt at {at} is neither Resource.Attribute nor a list.");
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?([0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
