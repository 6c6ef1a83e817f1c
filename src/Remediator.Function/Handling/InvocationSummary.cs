using System.Text.Json.Serialization;

namespace Remediator.Function.Handling;

/// <summary>The function's response: what the event meant and what was done, in short (the log has the detail).</summary>
internal sealed record InvocationSummary(
    [property: JsonPropertyName("event")] string Event,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("eventId")] string? EventId,
    [property: JsonPropertyName("plans")] IReadOnlyList<PlanSummary> Plans,
    [property: JsonPropertyName("notifications")] IReadOnlyList<NotificationSummary> Notifications);

internal sealed record PlanSummary(
    [property: JsonPropertyName("vpcId")] string VpcId,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("tables")] IReadOnlyList<TableSummary> Tables);

internal sealed record TableSummary(
    [property: JsonPropertyName("routeTableId")] string RouteTableId,
    [property: JsonPropertyName("decision")] string Decision,
    [property: JsonPropertyName("routes")] IReadOnlyList<RouteSummary> Routes);

internal sealed record RouteSummary(
    [property: JsonPropertyName("destination")] string Destination,
    [property: JsonPropertyName("before")] string Before,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("after")] string? After);

internal sealed record NotificationSummary(
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("sent")] bool Sent,
    [property: JsonPropertyName("messageId")] string? MessageId);

[JsonSerializable(typeof(InvocationSummary))]
internal sealed partial class SummaryJsonContext : JsonSerializerContext;
