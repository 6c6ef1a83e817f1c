using CsCheck;
using Remediator.Judgement;
using Remediator.Network;
using Remediator.Planning;

namespace Remediator.Tests.Planning;

/// <summary>
/// The rules of DESIGN.md ("Rules the core implements") checked on random but valid networks. Where a property
/// needs to know what a subnet is or which table serves it, it asks <see cref="RulesModel"/>, a second, deliberately
/// naive reading of the rules, rather than the production classifier, so that a wrong classification is caught
/// too. A failure prints the shrunk network and a CsCheck seed to replay it with.
/// </summary>
public sealed class PlanPropertyTests
{
    private const long Iterations = 400;

    private static readonly RemediationPlanner Remediating = new(ClassificationRules.Default, Mode.Remediate);
    private static readonly RemediationPlanner Detecting = new(ClassificationRules.Default, Mode.Detect);

    [Fact]
    public void A_table_that_serves_a_public_or_exempt_subnet_is_never_planned_for_change()
    {
        RandomNetworks.Networks.Sample(
            snapshot =>
            {
                var model = new RulesModel(snapshot);
                var replaced = Remediating.Plan(snapshot).SelectMany(p => p.Replacements).Select(r => r.Table.Id).ToHashSet(StringComparer.Ordinal);
                foreach (var table in snapshot.RouteTables)
                {
                    var notPrivate = model.ServedBy(table).Where(s => model.PrivacyOf(s) != Privacy.Private).Select(s => s.Id).ToList();
                    var exempt = model.IsExempt(table);
                    Assert.False(
                        (notPrivate.Count > 0 || exempt) && replaced.Contains(table.Id),
                        $"{table.Id} is planned for change, but it is exempt ({exempt}) or serves the public or exempt subnets [{string.Join(", ", notPrivate)}]");
                }
            },
            iter: Iterations,
            print: RandomNetworks.Render);
    }

    [Fact]
    public void A_plan_never_touches_a_route_whose_target_is_not_an_internet_gateway()
    {
        RandomNetworks.Networks.Sample(
            snapshot =>
            {
                var tables = snapshot.RouteTables.ToDictionary(t => t.Id, StringComparer.Ordinal);
                foreach (var decision in Remediating.Plan(snapshot).SelectMany(p => p.Decisions))
                {
                    var table = tables[decision.Table.Id];
                    Assert.Equal(table, decision.Table);
                    foreach (var route in decision.ExposingRoutes)
                    {
                        Assert.True(route.IsIpv6ToInternetGateway, $"{route} in {table.Id} is not an IPv6 route to an IGW");
                        Assert.StartsWith("igw-", route.Target.Id, StringComparison.Ordinal);
                        Assert.Equal(DestinationKind.Ipv6Cidr, route.Destination.Kind);
                        Assert.False(route.IsBlackhole, $"{route} in {table.Id} is a blackhole");
                        Assert.Contains(route, table.Routes);
                    }

                    if (decision is ReplaceRoutes replacement)
                    {
                        foreach (var change in replacement.Changes)
                        {
                            Assert.StartsWith("igw-", change.Before.Id, StringComparison.Ordinal);
                            Assert.Equal(TargetKind.InternetGateway, change.Before.Kind);
                            Assert.True(change.Destination.IsIpv6, $"{change.Destination} in {table.Id} is not an IPv6 destination");
                            Assert.Contains(new Route(change.Destination, change.Before), table.Routes);
                        }

                        // And it touches all of them: a left-over IPv6 route to the IGW keeps the subnets exposed.
                        Assert.Equal(
                            RulesModel.ExposingRoutes(table).Select(r => r.Destination.Value).Order(StringComparer.Ordinal),
                            replacement.Changes.Select(c => c.Destination.Value).Order(StringComparer.Ordinal));
                    }
                }
            },
            iter: Iterations,
            print: RandomNetworks.Render);
    }

    [Fact]
    public void Applying_the_plans_leaves_nothing_to_replace_and_changes_no_other_route()
    {
        RandomNetworks.Networks.Sample(
            snapshot =>
            {
                var plans = Remediating.Plan(snapshot);
                var after = PlanApplication.Apply(snapshot, plans);

                Assert.Empty(Remediating.Plan(after).SelectMany(p => p.Replacements));

                Assert.Equal(snapshot.Vpcs, after.Vpcs);
                Assert.Equal(snapshot.Subnets, after.Subnets);
                var gatewaysBefore = snapshot.EgressOnlyInternetGateways.ToList();
                Assert.Equal(gatewaysBefore, after.EgressOnlyInternetGateways.Take(gatewaysBefore.Count));
                var newGateways = after.EgressOnlyInternetGateways.Skip(gatewaysBefore.Count).ToList();

                var gatewayByTable = new Dictionary<string, string>(StringComparer.Ordinal);
                var replaced = new HashSet<(string Table, RouteDestination Destination)>();
                foreach (var plan in plans)
                {
                    foreach (var replacement in plan.Replacements)
                    {
                        gatewayByTable[replacement.Table.Id] = plan.Gateway switch
                        {
                            ExistingEgressGateway existing => existing.Id,
                            NewEgressGateway created => Assert.Single(newGateways, g => g.AttachedVpcIds.SequenceEqual([created.VpcId])).Id,
                            var other => throw new InvalidOperationException($"{plan.Vpc.Id} replaces routes with gateway {other}"),
                        };
                        replaced.UnionWith(replacement.Changes.Select(c => (replacement.Table.Id, c.Destination)));
                    }
                }

                Assert.Equal(snapshot.RouteTables.Select(t => t.Id), after.RouteTables.Select(t => t.Id));
                foreach (var (before, table) in snapshot.RouteTables.Zip(after.RouteTables))
                {
                    Assert.Equal(before with { Routes = [] }, table with { Routes = [] });
                    Assert.Equal(before.Routes.Select(r => r.Destination), table.Routes.Select(r => r.Destination));
                    foreach (var (old, now) in before.Routes.Zip(table.Routes))
                    {
                        var expected = replaced.Contains((before.Id, old.Destination))
                            ? old with { Target = new RouteTarget(gatewayByTable[before.Id]) }
                            : old;
                        Assert.Equal(expected, now);
                    }
                }
            },
            iter: Iterations,
            print: RandomNetworks.Render);
    }

    [Fact]
    public void Routes_are_only_replaced_in_a_table_that_exposes_a_private_subnet_and_serves_only_private_ones()
    {
        RandomNetworks.Networks.Sample(
            snapshot =>
            {
                var model = new RulesModel(snapshot);
                foreach (var replacement in Remediating.Plan(snapshot).SelectMany(p => p.Replacements))
                {
                    var served = model.ServedBy(replacement.Table);
                    Assert.Contains(served, s => s.HasIpv6 && model.PrivacyOf(s) == Privacy.Private);
                    Assert.All(served, s => Assert.Equal(Privacy.Private, model.PrivacyOf(s)));
                    Assert.Equal(served.Select(s => s.Id), replacement.Subnets.Select(s => s.Subnet.Id));
                    Assert.All(replacement.Subnets, s => Assert.Equal(Privacy.Private, s.Privacy));
                }
            },
            iter: Iterations,
            print: RandomNetworks.Render);
    }

    [Fact]
    public void Every_table_gets_the_decision_the_rules_give_it()
    {
        RandomNetworks.Networks.Sample(
            snapshot =>
            {
                var model = new RulesModel(snapshot);
                var decisions = Remediating.Plan(snapshot).SelectMany(p => p.Decisions).ToDictionary(d => d.Table.Id, StringComparer.Ordinal);
                foreach (var table in snapshot.RouteTables)
                {
                    var actual = decisions.GetValueOrDefault(table.Id);
                    Assert.True(
                        model.ExpectedDecision(table) == actual?.GetType().Name,
                        $"{table.Id}: expected {model.ExpectedDecision(table) ?? "no decision"}, planned {(actual is null ? "no decision" : Describe(actual))}");
                }
            },
            iter: Iterations,
            print: RandomNetworks.Render);
    }

    [Fact]
    public void Detect_mode_plans_the_same_decisions_as_remediate_mode_but_executes_nothing()
    {
        RandomNetworks.Networks.Sample(
            snapshot =>
            {
                var remediate = Remediating.Plan(snapshot);
                var detect = Detecting.Plan(snapshot);

                Assert.Equal(remediate.Select(Describe), detect.Select(Describe));
                Assert.All(detect, p => Assert.Equal(Mode.Detect, p.Mode));
                Assert.All(detect, p => Assert.False(p.IsToExecute, $"the dry-run plan for {p.Vpc.Id} is to be executed"));
                Assert.All(remediate, p => Assert.Equal(p.Replacements.Any(), p.IsToExecute));
            },
            iter: Iterations,
            print: RandomNetworks.Render);
    }

    [Fact]
    public void Plans_never_use_an_egress_only_gateway_that_is_not_attached_to_their_VPC()
    {
        RandomNetworks.Networks.Sample(
            snapshot =>
            {
                foreach (var plan in Remediating.Plan(snapshot))
                {
                    var attached = snapshot.EgressOnlyInternetGateways
                        .Where(g => g.AttachedVpcIds.Contains(plan.Vpc.Id, StringComparer.Ordinal))
                        .Select(g => g.Id)
                        .ToList();
                    switch (plan.Gateway)
                    {
                        case null:
                            Assert.Empty(plan.Replacements);
                            break;
                        case ExistingEgressGateway existing:
                            Assert.Contains(existing.Id, attached);
                            Assert.NotEmpty(plan.Replacements);
                            break;
                        case NewEgressGateway created:
                            Assert.Equal(plan.Vpc.Id, created.VpcId);
                            Assert.True(attached.Count == 0, $"{plan.Vpc.Id} creates a gateway although {string.Join(", ", attached)} is attached to it");
                            Assert.Contains(plan.Vpc.Id, created.ClientToken, StringComparison.Ordinal);
                            Assert.NotEmpty(plan.Replacements);
                            break;
                        default:
                            Assert.Fail($"unknown gateway choice {plan.Gateway}");
                            break;
                    }
                }
            },
            iter: Iterations,
            print: RandomNetworks.Render);
    }

    [Fact]
    public void Planning_is_deterministic_whatever_the_order_of_the_snapshot()
    {
        RandomNetworks.NetworksAndShuffles.Sample(
            (snapshot, shuffled) =>
            {
                var first = Remediating.Plan(snapshot).Select(Describe).ToList();

                Assert.Equal(first, Remediating.Plan(snapshot).Select(Describe));
                Assert.Equal(first, Remediating.Plan(shuffled).Select(Describe));
            },
            iter: Iterations,
            print: pair => RandomNetworks.Render(pair.Item1) + "\nshuffled:\n" + RandomNetworks.Render(pair.Item2));
    }

    [Fact]
    public void The_generator_makes_well_formed_networks()
    {
        RandomNetworks.Networks.Sample(
            snapshot =>
            {
                Assert.All(snapshot.Vpcs, v => Assert.True(ResourceId.IsVpc(v.Id), v.Id));
                Assert.All(snapshot.Subnets, s => Assert.True(ResourceId.IsSubnet(s.Id), s.Id));
                Assert.All(snapshot.RouteTables, t => Assert.True(ResourceId.IsRouteTable(t.Id), t.Id));
                Assert.All(snapshot.RouteTables.SelectMany(t => t.Associations), a => Assert.True(ResourceId.IsRouteTableAssociation(a.Id), a.Id));
                Assert.All(
                    snapshot.RouteTables.SelectMany(t => t.Routes).Select(r => r.Target.Id).Where(id => id != "local"),
                    id => Assert.Matches("^(igw|eigw|nat|tgw|eni|vpce|pcx)-[0-9a-f]{17}$", id));
                Assert.All(snapshot.EgressOnlyInternetGateways, g => Assert.Matches("^eigw-[0-9a-f]{17}$", g.Id));

                string[] ids = [.. snapshot.Vpcs.Select(v => v.Id), .. snapshot.Subnets.Select(s => s.Id), .. snapshot.RouteTables.Select(t => t.Id),
                    .. snapshot.RouteTables.SelectMany(t => t.Associations).Select(a => a.Id), .. snapshot.EgressOnlyInternetGateways.Select(g => g.Id)];
                Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());

                Assert.All(snapshot.Vpcs, v => Assert.Single(snapshot.RouteTables, t => t.VpcId == v.Id && t.IsMain));
                Assert.All(snapshot.RouteTables.SelectMany(t => t.Associations), a => Assert.True(a.IsMain == (a.SubnetId is null)));
                var associated = snapshot.RouteTables.SelectMany(t => t.ExplicitSubnetIds).ToList();
                Assert.Equal(associated.Count, associated.Distinct(StringComparer.Ordinal).Count());
                Assert.All(snapshot.RouteTables, t => Assert.Equal(t.Routes.Select(r => r.Destination), t.Routes.Select(r => r.Destination).Distinct()));
                Assert.All(snapshot.Subnets, s => Assert.True(s.Ipv4Cidr is not null || s.HasIpv6, $"{s.Id} has no CIDR"));
            },
            iter: Iterations,
            print: RandomNetworks.Render);
    }

    [Fact]
    public void The_generator_reaches_every_kind_of_decision_and_gateway_choice()
    {
        var seen = new int[6];
        RandomNetworks.Networks.Sample(
            snapshot =>
            {
                foreach (var plan in Remediating.Plan(snapshot))
                {
                    Interlocked.Increment(ref seen[plan.Gateway switch { ExistingEgressGateway => 0, NewEgressGateway => 1, _ => 2 }]);
                    foreach (var decision in plan.Decisions)
                    {
                        Interlocked.Increment(ref seen[decision switch { ReplaceRoutes => 3, NeedsDedicatedRouteTable => 4, _ => 5 }]);
                    }
                }
            },
            iter: Iterations,
            print: RandomNetworks.Render);

        Assert.All(seen, count => Assert.True(count > Iterations / 100, $"coverage too thin: [{string.Join(", ", seen)}]"));
    }

    private static string Describe(RemediationPlan plan) =>
        $"{plan.Vpc.Id} via {Describe(plan.Gateway)}: {string.Join("; ", plan.Decisions.Select(Describe))}";

    private static string Describe(EgressGatewayChoice? gateway) => gateway switch
    {
        null => "no gateway",
        ExistingEgressGateway existing => existing.Id,
        NewEgressGateway created => $"new gateway for {created.VpcId} (token {created.ClientToken})",
        _ => gateway.ToString(),
    };

    private static string Describe(TableDecision decision) =>
        $"{decision.GetType().Name} {decision.Table.Id} [{string.Join(", ", decision.ExposingRoutes)}] [{string.Join(", ", decision.Subnets)}]";
}
