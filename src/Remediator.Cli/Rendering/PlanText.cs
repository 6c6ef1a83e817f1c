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

    /// <summary>A private subnet is a finding: whether the internet can reach it (VPC Block Public Access) comes with it.</summary>
    public static string Classification(SubnetClassification subnet) =>
        subnet.Privacy == Privacy.Private
            ? $"{subnet.Privacy.WireName()}: {subnet.Reason}; {subnet.Inbound}"
            : $"{subnet.Privacy.WireName()}: {subnet.Reason}";

    /// <summary>The gateway a replaced route points at, or will.</summary>
    public static string After(string? gatewayId) => gatewayId ?? "a new egress-only internet gateway";

    /// <summary>What happened to one route, in brackets after its before/after.</summary>
    public static string Status(TableOutcome table, RouteOutcome route) => (route.Status, table.Decision.Kind) switch
    {
        (RouteStatus.Replaced, _) => $"replaced at {Time(route.ReplacedAt)}",
        (RouteStatus.Gone, _) => "gone since the event: nothing to do",
        (RouteStatus.Failed, _) => $"replacement FAILED: {route.Failure?.Description}",
        (RouteStatus.Planned, _) => "planned: detect mode changes nothing, --apply carries it out",
        (_, DecisionKind.NeedsDedicatedRouteTable) => "unchanged: the table needs to be dedicated to the private subnets first",
        _ => "unchanged: exempt",
    };

    public static string Time(DateTimeOffset? time) => time is { } at ? WireTime.Format(at) : "an unknown time";
}
