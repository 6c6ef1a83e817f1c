using System.Text.Json.Serialization;

namespace Remediator.Cli.Scanning;

/// <summary>An account, or one region of it, that an organization scan could not read, and why.</summary>
/// <param name="Region">Absent when the account's role could not be assumed: none of its regions was read.</param>
/// <param name="Reason">The failed call, its error code and message, in one line.</param>
internal sealed record ScanFailure(
    [property: JsonPropertyName("account")] string Account,
    [property: JsonPropertyName("region")] string? Region,
    [property: JsonPropertyName("reason")] string Reason);
