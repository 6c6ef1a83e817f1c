using System.Text.Json;
using System.Text.Json.Serialization;

namespace Remediator.Events;

/// <summary>
/// The fields Remediator reads from a CloudTrail record (the <c>detail</c> of an "AWS API Call via
/// CloudTrail" event). Request parameters and response elements differ per API call, so they stay raw here
/// and are read by the interpreter of that call.
/// </summary>
public sealed record CloudTrailRecord(
    [property: JsonPropertyName("eventName")] string? EventName,
    [property: JsonPropertyName("eventSource")] string? EventSource,
    [property: JsonPropertyName("eventID")] string? EventId,
    [property: JsonPropertyName("eventTime")] string? EventTime,
    [property: JsonPropertyName("awsRegion")] string? AwsRegion,
    [property: JsonPropertyName("recipientAccountId")] string? RecipientAccountId,
    [property: JsonPropertyName("errorCode")] string? ErrorCode,
    [property: JsonPropertyName("errorMessage")] string? ErrorMessage,
    [property: JsonPropertyName("userIdentity")] UserIdentity? UserIdentity,
    [property: JsonPropertyName("sourceIPAddress")] string? SourceIpAddress,
    [property: JsonPropertyName("userAgent")] string? UserAgent,
    [property: JsonPropertyName("requestParameters")] JsonElement? RequestParameters,
    [property: JsonPropertyName("responseElements")] JsonElement? ResponseElements)
{
    public const string Ec2EventSource = "ec2.amazonaws.com";
}
