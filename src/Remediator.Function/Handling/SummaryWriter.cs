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
        outcome.Plan.Mode == Mode.Detect ? "detect" : "remediate",
        [.. outcome.Plan.Decisions.Select(d => new TableSummary(d.Table.Id, d.GetType().Name, [.. d.ExposingRoutes.Select(r => Route(d, r.Destination.Value, r.Target.Id, outcome))]))]);

    private static RouteSummary Route(TableDecision decision, string destination, string before, PlanOutcome outcome)
    {
        var done = outcome.Routes.FirstOrDefault(r => r.RouteTableId == decision.Table.Id && r.Change.Destination.Value == destination);
        var status = done?.Status.ToString().ToLowerInvariant() ?? (decision is ReplaceRoutes ? "planned" : "unchanged");
        return new RouteSummary(destination, before, status, done?.GatewayId);
    }
}
