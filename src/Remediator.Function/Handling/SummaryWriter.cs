using System.Text.Json;
using Remediator.Handling;
using Remediator.Notifications;
using Remediator.Outcomes;
using Remediator.Planning;
using Remediator.Triggers;

namespace Remediator.Function.Handling;

/// <summary>Turns a handling result into the function's JSON response.</summary>
internal static class SummaryWriter
{
    public static string Write(HandlingResult result)
    {
        var (kind, reason, eventId) = result.Event switch
        {
            Triggered t => ("triggered", null, t.Trigger.Origin.EventId),
            Ignored i => ("ignored", i.Reason, i.Origin?.EventId),
            Rejected r => ("rejected", r.Error.Message, null),
            _ => ("unknown", null, null),
        };
        var summary = new InvocationSummary(
            kind,
            reason,
            eventId,
            [.. result.Outcomes.Select(Plan)],
            [.. result.Notifications.Select(n => new NotificationSummary(n.Notification.Outcome.WireName(), n.WasSent, n.MessageId))]);
        return JsonSerializer.Serialize(summary, SummaryJsonContext.Default.InvocationSummary);
    }

    private static PlanSummary Plan(PlanOutcome outcome) => new(
        outcome.Plan.Vpc.Id,
        outcome.Plan.Mode.WireName(),
        [.. outcome.Tables.Select(t => new TableSummary(t.Decision.Table.Id, t.Decision.Kind.WireName(), [.. t.Routes.Select(Route)]))]);

    private static RouteSummary Route(RouteOutcome route) =>
        new(route.Change.Destination.Value, route.Change.Before.Id, route.Status.WireName(), route.Status == RouteStatus.Unchanged ? null : route.GatewayId);
}
