using System.Text.Json.Serialization;

namespace Remediator.Cli.Scanning;

/// <summary>What <c>scan --json</c> prints: every subnet, and the exposures among them.</summary>
/// <param name="Source">What was scanned, e.g. <c>world events/sample-world</c> or <c>eu-west-1</c>.</param>
internal sealed record ScanReport(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("findings")] IReadOnlyList<Finding> Findings,
    [property: JsonPropertyName("exposures")] IReadOnlyList<Exposure> Exposures);

/// <summary>Source-generated, so that the machine output needs no reflection; camelCase like the notification's JSON.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(ScanReport))]
internal sealed partial class ScanJsonContext : JsonSerializerContext;
