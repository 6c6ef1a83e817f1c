using System.Text.Json;
using System.Text.Json.Serialization;

namespace Remediator.Events;

/// <summary>
/// The envelope EventBridge wraps around every event. Everything is optional here, so that a missing
/// field is reported by name by the code that needs it rather than as a generic deserialization failure.
/// </summary>
public sealed record EventBridgeEnvelope(
    [property: JsonPropertyName("version")] string? Version,
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("detail-type")] string? DetailType,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("account")] string? Account,
    [property: JsonPropertyName("time")] string? Time,
    [property: JsonPropertyName("region")] string? Region,
    [property: JsonPropertyName("resources")] IReadOnlyList<string>? Resources,
    [property: JsonPropertyName("detail")] JsonElement? Detail)
{
    public const string CloudTrailDetailType = "AWS API Call via CloudTrail";
    public const string ScheduledDetailType = "Scheduled Event";
    public const string ScheduleSource = "aws.events";
}
