using Remediator.Planning;

namespace Remediator.Outcomes;

/// <summary>
/// What became of one route table the plan decided on: every exposing route with its status, whether private
/// subnets stay reachable through it, and what a notification says of it. Concluded once, after execution;
/// the response, the log, the notification and the CLI all read it instead of working it out again.
/// </summary>
/// <param name="Reported">Absent for a table left exempt: there is nothing to tell.</param>
public sealed record TableOutcome(TableDecision Decision, ValueList<RouteOutcome> Routes, bool StaysOpen, NotificationOutcome? Reported)
{
    /// <param name="executed">What the executor reported; empty when the plan was not carried out.</param>
    public static TableOutcome Conclude(RemediationPlan plan, TableDecision decision, IReadOnlyCollection<RouteOutcome> executed)
    {
        if (decision is not ReplaceRoutes replace)
        {
            var unchanged = decision.ExposingRoutes
                .Select(route => new RouteOutcome(decision.Table.Id, new RouteChange(route.Destination, route.Target), RouteStatus.Unchanged, null))
                .ToValueList();
            return decision is NeedsDedicatedRouteTable
                ? new TableOutcome(decision, unchanged, StaysOpen: true, NotificationOutcome.NeedsDedicatedRouteTable)
                : new TableOutcome(decision, unchanged, StaysOpen: false, null);
        }

        var plannedGateway = (plan.Gateway as ExistingEgressGateway)?.Id;
        var routes = replace.Changes
            .Select(change => executed.FirstOrDefault(r => r.RouteTableId == decision.Table.Id && r.Change.Destination == change.Destination)
                              ?? new RouteOutcome(decision.Table.Id, change, RouteStatus.Planned, plannedGateway))
            .ToValueList();
        var reported = routes.Any(r => r.Status == RouteStatus.Failed) ? NotificationOutcome.Failed
            : routes.Any(r => r.Status == RouteStatus.Planned) ? NotificationOutcome.Detected
            : NotificationOutcome.Remediated;
        return new TableOutcome(decision, routes, StaysOpen: reported != NotificationOutcome.Remediated, reported);
    }
}
