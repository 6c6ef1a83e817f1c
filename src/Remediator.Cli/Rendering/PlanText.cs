using System.Globalization;
using Remediator.Judgement;
using Remediator.Outcomes;
using Remediator.Planning;

namespace Remediator.Cli.Rendering;

/// <summary>
/// The words for what was decided and what became of each route, shared by <c>invoke</c> and <c>scan</c>
/// so that both say the same thing the same way.
/// </summary>
internal static class PlanText
{
    public static string Decision(TableDecision decision) => decision switch
    {
        ReplaceRoutes => "replace routes: every subnet it serves is private",
        NeedsDedicatedRouteTable => "needs a dedicated route table: it also serves public or exempt subnets, so it is only reported",
        _ => "left alone: every subnet it serves is exempt",
    };

    public static string Classification(SubnetClassification subnet) =>
        $"{subnet.Privacy.ToString().ToLowerInvariant()}: {subnet.Reason}";

    /// <summary>The gateway a replaced route points at, or will.</summary>
    public static string After(RemediationPlan plan, RouteOutcome? done) => done?.GatewayId ?? plan.Gateway switch
    {
        ExistingEgressGateway existing => existing.Id,
        _ => "a new egress-only internet gateway",
    };

    /// <summary>What happened to one route, in brackets after its before/after.</summary>
    public static string Status(TableDecision decision, PlanOutcome outcome, RouteOutcome? done) => (decision, done) switch
    {
        (ReplaceRoutes, { Status: RouteChangeStatus.Replaced } route) => $"replaced at {Time(route.ReplacedAt)}",
        (ReplaceRoutes, { Status: RouteChangeStatus.Gone }) => "gone since the event: nothing to do",
        (ReplaceRoutes, { Failure: var failure }) => $"replacement FAILED: {failure?.Description}",
        (ReplaceRoutes, null) when outcome.Plan.Mode == Mode.Detect => "planned: detect mode changes nothing, --apply carries it out",
        (ReplaceRoutes, null) => "planned",
        (NeedsDedicatedRouteTable, _) => "unchanged: the table needs to be dedicated to the private subnets first",
        _ => "unchanged: exempt",
    };

    /// <summary>Whether a private subnet stays exposed through this table after the run.</summary>
    public static bool StaysOpen(TableDecision decision, PlanOutcome outcome) => decision switch
    {
        NeedsDedicatedRouteTable => true,
        ReplaceRoutes => !outcome.WasExecuted
                         || outcome.Routes.Any(r => r.RouteTableId == decision.Table.Id && r.Status == RouteChangeStatus.Failed),
        _ => false,
    };

    public static string Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture) ?? "an unknown time";
}
