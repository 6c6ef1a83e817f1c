using System.Text.Json.Serialization;

namespace Remediator.Cli.Scanning;

/// <summary>
/// What <c>scan --json</c> prints: every subnet, and the exposures among them. Fields are added, never renamed or
/// removed, within a schema version; the README documents each one.
/// </summary>
/// <param name="SchemaVersion"><see cref="CurrentSchemaVersion"/>.</param>
/// <param name="Source">What was scanned, e.g. <c>world events/sample-world</c> or <c>eu-west-1</c>.</param>
/// <param name="Failures">
/// An organization scan's accounts and regions that could not be read, empty when every one was; absent (and not
/// written) for a scan of one account or a world, where a failure ends the scan instead.
/// </param>
internal sealed record ScanReport(
    [property: JsonPropertyName("schemaVersion")] string SchemaVersion,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("findings")] IReadOnlyList<Finding> Findings,
    [property: JsonPropertyName("exposures")] IReadOnlyList<Exposure> Exposures,
    [property: JsonPropertyName("failures"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ScanFailure>? Failures = null)
{
    /// <summary>2: findings' routes became objects and their action a wire name (1, unversioned, had display strings).</summary>
    public const string CurrentSchemaVersion = "2";


    /// <param name="organization">The parts are accounts of an organization, whose failures are reported rather than fatal.</param>
    public static ScanReport Of(string source, IReadOnlyList<ScanPart> parts, bool organization) => new(
        CurrentSchemaVersion,
        source,
        [.. parts.SelectMany(p => p.Findings)],
        [.. parts.SelectMany(p => p.Exposures)],
        organization ? [.. parts.Select(p => p.Failure).OfType<ScanFailure>()] : null);
}

/// <summary>Source-generated, so that the machine output needs no reflection; camelCase like the notification's JSON.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(ScanReport))]
internal sealed partial class ScanJsonContext : JsonSerializerContext;
