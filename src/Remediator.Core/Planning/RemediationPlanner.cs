using Remediator.Judgement;
using Remediator.Network;
using Remediator.Triggers;

namespace Remediator.Planning;

/// <summary>
/// Turns a network snapshot into plans: finds the route tables that send IPv6 traffic to an Internet
/// Gateway, classifies the subnets they serve, and decides per table. Pure: same snapshot, same plans.
/// </summary>
public sealed class RemediationPlanner(ClassificationRules rules, Mode mode)
{
    private readonly SubnetClassifier classifier = new(rules);

    /// <summary>Judges every route table in the snapshot, as a sweep does.</summary>
    /// <returns>One plan per VPC that has an exposing route, in VPC id order; none when all is compliant.</returns>
    public ValueList<RemediationPlan> Plan(NetworkSnapshot snapshot) => Plan(snapshot, (_, _) => true);

    /// <summary>Judges only the route tables that the trigger's scopes cover.</summary>
    public ValueList<RemediationPlan> Plan(NetworkSnapshot snapshot, IEnumerable<RecheckScope> scopes)
    {
        var scopeList = scopes.ToList();
        return Plan(snapshot, (table, network) => scopeList.Exists(scope => scope.Covers(table, network)));
    }

    private ValueList<RemediationPlan> Plan(NetworkSnapshot snapshot, Func<RouteTable, VpcNetwork, bool> isJudged) =>
        [.. snapshot.ByVpc().Select(network => Plan(network, snapshot.BlockPublicAccess ?? BlockPublicAccess.NotRead, isJudged)).OfType<RemediationPlan>()];

    private RemediationPlan? Plan(VpcNetwork network, BlockPublicAccess bpa, Func<RouteTable, VpcNetwork, bool> isJudged)
    {
        var decisions = network.RouteTables
            .Where(table => isJudged(table, network))
            .OrderBy(t => t.Id, StringComparer.Ordinal)
            .Select(table => Decide(network, table, bpa))
            .OfType<TableDecision>()
            .ToValueList();
        if (decisions.IsEmpty)
        {
            return null;
        }

        EgressGatewayChoice? gateway = !decisions.OfType<ReplaceRoutes>().Any() ? null
            : network.AttachedEgressOnlyInternetGateway is { } existing ? new ExistingEgressGateway(existing.Id)
            : NewEgressGateway.For(network.Vpc.Id);
        return new RemediationPlan(network.Vpc, mode, gateway, decisions);
    }

    private TableDecision? Decide(VpcNetwork network, RouteTable table, BlockPublicAccess bpa)
    {
        var exposing = table.Routes.Where(r => r.IsIpv6ToInternetGateway).ToValueList();
        if (exposing.IsEmpty)
        {
            return null;
        }

        var subnets = network.SubnetsServedBy(table)
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => classifier.Classify(s, table, network.Vpc) with { Inbound = InboundVerdict.For(s, bpa) })
            .ToValueList();
        var exposesPrivateSubnet = subnets.Any(s => s.Privacy == Privacy.Private && s.Subnet.HasIpv6);

        if (exposesPrivateSubnet)
        {
            return subnets.All(s => s.Privacy == Privacy.Private)
                ? new ReplaceRoutes(table, exposing, subnets)
                : new NeedsDedicatedRouteTable(table, exposing, subnets);
        }

        return !subnets.IsEmpty && subnets.All(s => s.Privacy == Privacy.Exempt)
            ? new LeftExempt(table, exposing, subnets)
            : null;
    }
}
