using Remediator.Judgement;
using Remediator.Network;
using Remediator.Planning;

namespace Remediator.Cli.Scanning;

/// <summary>
/// Judges a whole snapshot as the function's scheduled sweep does (<see cref="RemediationPlanner.Plan(NetworkSnapshot)"/>,
/// in detect mode), and lists every subnet with the reason for its classification, so that compliant and
/// public subnets are seen too, not only the exposures.
/// </summary>
internal sealed class Scanner(ClassificationRules rules)
{
    private readonly RemediationPlanner planner = new(rules, Mode.Detect);
    private readonly SubnetClassifier classifier = new(rules);

    /// <param name="account">The member account of an organization scan; absent for the caller's own account or a world.</param>
    /// <param name="region">The region the snapshot was read from; absent for a world.</param>
    public ScanPart Scan(string? account, string? region, NetworkSnapshot snapshot)
    {
        var plans = planner.Plan(snapshot);
        var decisions = plans
            .SelectMany(plan => plan.Decisions.Select(decision => (Plan: plan, Decision: decision)))
            .ToDictionary(d => d.Decision.Table.Id, StringComparer.Ordinal);
        var findings = snapshot.ByVpc()
            .SelectMany(network => network.Subnets.Select(subnet => (Network: network, Subnet: subnet, Table: network.EffectiveRouteTableOf(subnet))))
            .OrderBy(s => s.Network.Vpc.Id, StringComparer.Ordinal)
            .ThenBy(s => s.Table?.Id ?? "~", StringComparer.Ordinal)
            .ThenBy(s => s.Subnet.Id, StringComparer.Ordinal)
            .Select(s => s.Table is null
                ? Unserved(account, region, s.Subnet)
                : Served(account, region, s.Network, s.Subnet, s.Table, decisions.TryGetValue(s.Table.Id, out var d) ? d : null))
            .ToList();
        var exposures = plans
            .SelectMany(plan => plan.Decisions
                .Where(d => d is ReplaceRoutes or NeedsDedicatedRouteTable)
                .SelectMany(d => d.ExposingRoutes.Select(route => new Exposure(
                    account, region, plan.Vpc.Id, d.Table.Id, route.Destination.Value, route.Target.Id,
                    d.Kind))))
            .ToList();
        return new ScanPart(findings, exposures);
    }

    private Finding Served(string? account, string? region, VpcNetwork network, Subnet subnet, RouteTable table, (RemediationPlan Plan, TableDecision Decision)? judged)
    {
        var classification = judged?.Decision.Subnets.First(s => s.Subnet.Id == subnet.Id) ?? classifier.Classify(subnet, table, network.Vpc);
        var routes = judged?.Decision.ExposingRoutes.AsEnumerable()
                     ?? table.Routes.Where(r => r.Destination.IsIpv6 && r.Target.Kind != TargetKind.Local);
        var action = judged is { } j ? Action(j.Decision) : Unjudged(subnet, table, classification);
        var gateway = (judged?.Plan.Gateway as ExistingEgressGateway)?.Id;
        var exposed = judged?.Decision is ReplaceRoutes or NeedsDedicatedRouteTable
                      && classification.Privacy == Privacy.Private && subnet.HasIpv6;
        return new Finding(
            account,
            region,
            subnet.VpcId,
            subnet.Id,
            table.Id,
            table.IsMain,
            [.. routes.Select(r => new FindingRoute(r.Destination.Value, r.Target.Id, action == FindingAction.ReplaceRoutes ? gateway : r.Target.Id, r.IsBlackhole))],
            classification.Privacy.WireName(),
            classification.DecidedBy.WireName(),
            classification.Reason,
            action,
            exposed,
            exposed ? classification.Inbound.State.WireName() : null,
            exposed ? classification.Inbound.Reason : null);
    }

    private static Finding Unserved(string? account, string? region, Subnet subnet) =>
        new(account, region, subnet.VpcId, subnet.Id, null, false, [], "unknown", "none", "no route table serves it in this snapshot", FindingAction.NotJudged, false);

    private static FindingAction Action(TableDecision decision) => decision.Kind switch
    {
        DecisionKind.ReplaceRoutes => FindingAction.ReplaceRoutes,
        DecisionKind.NeedsDedicatedRouteTable => FindingAction.NeedsDedicatedRouteTable,
        _ => FindingAction.LeftExempt,
    };

    private static FindingAction Unjudged(Subnet subnet, RouteTable table, SubnetClassification classification) =>
        !subnet.HasIpv6 ? FindingAction.NoIpv6Cidr
        : table.Routes.Any(r => r.IsIpv6ToInternetGateway) && classification.Privacy == Privacy.Public ? FindingAction.PublicSubnet
        : FindingAction.Compliant;
}
