using Remediator.Judgement;
using Remediator.Network;

namespace Remediator.Planning;

/// <summary>
/// What Remediator decided for one route table that sends IPv6 traffic to an Internet Gateway.
/// </summary>
/// <param name="ExposingRoutes">The table's active IPv6 routes to an IGW.</param>
/// <param name="Subnets">Every subnet the table serves, with the reason for its classification.</param>
public abstract record TableDecision(
    RouteTable Table,
    ValueList<Route> ExposingRoutes,
    ValueList<SubnetClassification> Subnets)
{
    public abstract DecisionKind Kind { get; }

    public IEnumerable<SubnetClassification> ExposedSubnets =>
        Subnets.Where(s => s.Privacy == Privacy.Private && s.Subnet.HasIpv6);
}

/// <summary>Every subnet the table serves is private: point its exposing routes at the VPC's EIGW.</summary>
public sealed record ReplaceRoutes(
    RouteTable Table,
    ValueList<Route> ExposingRoutes,
    ValueList<SubnetClassification> Subnets)
    : TableDecision(Table, ExposingRoutes, Subnets)
{
    public override DecisionKind Kind => DecisionKind.ReplaceRoutes;

    public IEnumerable<RouteChange> Changes => ExposingRoutes.Select(r => new RouteChange(r.Destination, r.Target));
}

/// <summary>
/// The table serves private subnets and also public or exempt ones. Changing it would cut the others'
/// inbound IPv6, so it is only reported: the private subnets need a route table of their own.
/// </summary>
public sealed record NeedsDedicatedRouteTable(
    RouteTable Table,
    ValueList<Route> ExposingRoutes,
    ValueList<SubnetClassification> Subnets)
    : TableDecision(Table, ExposingRoutes, Subnets)
{
    public override DecisionKind Kind => DecisionKind.NeedsDedicatedRouteTable;

    public IEnumerable<SubnetClassification> SharingSubnets => Subnets.Where(s => s.Privacy != Privacy.Private);
}

/// <summary>Every subnet the table serves is exempt by tag: left as it is, and said so in the log.</summary>
public sealed record LeftExempt(
    RouteTable Table,
    ValueList<Route> ExposingRoutes,
    ValueList<SubnetClassification> Subnets)
    : TableDecision(Table, ExposingRoutes, Subnets)
{
    public override DecisionKind Kind => DecisionKind.LeftExempt;
}
