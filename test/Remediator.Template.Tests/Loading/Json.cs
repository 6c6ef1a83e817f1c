using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Remediator.Template.Tests.Loading;

/// <summary>Reading values out of the template's JSON, whatever .NET type a number was built from.</summary>
internal static class Json
{
    public static decimal? Number(JsonNode? node) =>
        node?.GetValueKind() == JsonValueKind.Number
            ? decimal.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;

    public static string? Text(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;

    public static IReadOnlyList<string?> Texts(JsonNode? node) => node is JsonArray a ? [.. a.Select(Text)] : [];
}
