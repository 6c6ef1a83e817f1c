using System.Text.Json.Serialization;

namespace Remediator.Events;

/// <summary>Who made an API call, as CloudTrail records it.</summary>
/// <param name="InvokedBy">The AWS service that called on the principal's behalf, e.g. cloudformation.amazonaws.com.</param>
public sealed record UserIdentity(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("arn")] string? Arn,
    [property: JsonPropertyName("principalId")] string? PrincipalId,
    [property: JsonPropertyName("accountId")] string? AccountId,
    [property: JsonPropertyName("invokedBy")] string? InvokedBy);
