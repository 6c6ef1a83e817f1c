using Remediator.Judgement;
using Remediator.Network;
using Remediator.Planning;
using Remediator.StandIns.Worlds;

namespace Remediator.Tests.Planning;

public sealed class RemediationPlannerTests
{
    private readonly RemediationPlanner planner = new(ClassificationRules.Default, Mode.Remediate);

    [Fact]
    public void A_private_subnet_on_a_table_routing_IPv6_to_the_IGW_gets_its_route_replaced()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());

        var plan = Assert.Single(planner.Plan(network.Snapshot()));

        var decision = Assert.IsType<ReplaceRoutes>(Assert.Single(plan.Decisions));
        Assert.Equal(table.Id, decision.Table.Id);
        var change = Assert.Single(decision.Changes);
        Assert.Equal(RouteDestination.Ipv6("::/0"), change.Destination);
        Assert.Equal(network.InternetGatewayId, change.Before.Id);
        Assert.True(plan.IsToExecute);
    }

    [Fact]
    public void Without_an_attached_EIGW_the_plan_creates_one_with_a_token_derived_from_the_VPC()
    {
        var network = new TestNetwork();
        network.LeakyTable(network.PrivateSubnet());

        var gateway = Assert.IsType<NewEgressGateway>(Assert.Single(planner.Plan(network.Snapshot())).Gateway);

        Assert.Equal(network.Vpc.Id, gateway.VpcId);
        Assert.Equal(NewEgressGateway.For(network.Vpc.Id).ClientToken, gateway.ClientToken);
        Assert.InRange(gateway.ClientToken.Length, 1, 64);
        Assert.Equal("remediator", gateway.Tags[NewEgressGateway.CreatedByTagKey]);
    }

    [Fact]
    public void Two_VPCs_never_share_a_client_token()
    {
        Assert.NotEqual(NewEgressGateway.For("vpc-0a1b2c3d4e5f60718").ClientToken, NewEgressGateway.For("vpc-0a1b2c3d4e5f60719").ClientToken);
    }

    [Fact]
    public void The_EIGW_already_attached_to_the_VPC_is_reused()
    {
        var network = new TestNetwork();
        network.LeakyTable(network.PrivateSubnet());
        var existing = network.AttachedEgressGateway();

        var plan = Assert.Single(planner.Plan(network.Snapshot()));

        Assert.Equal(new ExistingEgressGateway(existing.Id), plan.Gateway);
    }

    [Fact]
    public void Another_VPCs_EIGW_or_a_detached_one_is_never_used()
    {
        var network = new TestNetwork();
        network.LeakyTable(network.PrivateSubnet());
        network.AddForeignEgressGateway(new TestNetwork().AttachedEgressGateway());
        network.AddForeignEgressGateway(new EgressOnlyInternetGateway(Some.Id("eigw"), [], Tags.None));

        var plan = Assert.Single(planner.Plan(network.Snapshot()));

        Assert.IsType<NewEgressGateway>(plan.Gateway);
    }

    [Fact]
    public void Every_IPv6_route_to_the_IGW_in_the_table_is_replaced_and_nothing_else()
    {
        var network = new TestNetwork();
        var igw = network.InternetGatewayId;
        var eigw = Some.Id("eigw");
        network.Table(
            [
                Some.Ipv4DefaultTo(Some.Id("nat")),
                Some.Ipv6DefaultTo(igw),
                new Route(RouteDestination.Ipv6("2000::/3"), new RouteTarget(igw)),
                new Route(RouteDestination.Ipv6("2001:db8:ffff::/48"), new RouteTarget(igw)),
                new Route(RouteDestination.Ipv6("2001:db8:eeee::/48"), new RouteTarget(eigw)),
                new Route(RouteDestination.Ipv4("192.0.2.0/24"), new RouteTarget(igw)),
            ],
            [network.PrivateSubnet()]);

        var decision = Assert.IsType<ReplaceRoutes>(Assert.Single(Assert.Single(planner.Plan(network.Snapshot())).Decisions));

        Assert.Equal(["::/0", "2000::/3", "2001:db8:ffff::/48"], decision.Changes.Select(c => c.Destination.Value));
    }

    [Fact]
    public void A_table_shared_with_a_public_subnet_is_only_reported_as_needing_a_dedicated_table()
    {
        var network = new TestNetwork();
        var privateSubnet = network.PrivateSubnet();
        var publicSubnet = network.PublicSubnet();
        network.LeakyTable(privateSubnet, publicSubnet);

        var plan = Assert.Single(planner.Plan(network.Snapshot()));

        var decision = Assert.IsType<NeedsDedicatedRouteTable>(Assert.Single(plan.Decisions));
        Assert.Equal([publicSubnet.Id], decision.SharingSubnets.Select(s => s.Subnet.Id));
        Assert.Equal([privateSubnet.Id], decision.ExposedSubnets.Select(s => s.Subnet.Id));
        Assert.Null(plan.Gateway);
        Assert.False(plan.IsToExecute);
    }

    [Fact]
    public void A_table_shared_with_an_exempt_subnet_is_not_touched_either()
    {
        var network = new TestNetwork();
        var exempt = network.Subnet(Tags.Of(("remediator:exempt", "true")));
        network.LeakyTable(network.PrivateSubnet(), exempt);

        var plan = Assert.Single(planner.Plan(network.Snapshot()));

        Assert.IsType<NeedsDedicatedRouteTable>(Assert.Single(plan.Decisions));
    }

    [Fact]
    public void A_public_table_is_compliant_and_yields_no_plan()
    {
        var network = new TestNetwork();
        network.Table([Some.Ipv4DefaultTo(network.InternetGatewayId), Some.Ipv6DefaultTo(network.InternetGatewayId)], [network.PublicSubnet(), network.PublicSubnet()]);

        Assert.Empty(planner.Plan(network.Snapshot()));
    }

    [Fact]
    public void A_new_private_subnet_on_a_leaky_main_table_gets_the_main_table_fixed()
    {
        var network = new TestNetwork();
        network.Table([Some.Ipv4DefaultTo(network.InternetGatewayId)], [network.PublicSubnet()]);
        var main = network.Table([Some.Ipv4DefaultTo(Some.Id("nat")), Some.Ipv6DefaultTo(network.InternetGatewayId)], [], main: true);
        var implicitSubnet = network.PrivateSubnet();

        var decision = Assert.IsType<ReplaceRoutes>(Assert.Single(Assert.Single(planner.Plan(network.Snapshot())).Decisions));

        Assert.Equal(main.Id, decision.Table.Id);
        Assert.Equal([implicitSubnet.Id], decision.Subnets.Select(s => s.Subnet.Id));
    }

    [Fact]
    public void A_leaky_main_table_that_also_serves_a_public_subnet_implicitly_needs_a_dedicated_table()
    {
        var network = new TestNetwork();
        network.Table([Some.Ipv6DefaultTo(network.InternetGatewayId)], [], main: true);
        network.PrivateSubnet();
        network.PublicSubnet();

        var decision = Assert.Single(Assert.Single(planner.Plan(network.Snapshot())).Decisions);

        Assert.IsType<NeedsDedicatedRouteTable>(decision);
        Assert.Equal(2, decision.Subnets.Count);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("vpc")]
    [InlineData("subnets")]
    public void An_exempt_table_VPC_or_set_of_subnets_is_left_as_it_is_and_said_so(string holder)
    {
        var exempt = Tags.Of(("remediator:exempt", "true"), ("Tier", "private"));
        var network = new TestNetwork(holder == "vpc" ? exempt : null);
        var subnets = new[] { network.Subnet(holder == "subnets" ? exempt : Tags.Of(("Tier", "private"))), network.Subnet(holder == "subnets" ? exempt : null) };
        network.Table([Some.Ipv6DefaultTo(network.InternetGatewayId)], subnets, tags: holder == "table" ? exempt : null);

        var plan = Assert.Single(planner.Plan(network.Snapshot()));

        Assert.IsType<LeftExempt>(Assert.Single(plan.Decisions));
        Assert.False(plan.IsToExecute);
    }

    [Theory]
    [InlineData("eigw")]
    [InlineData("tgw")]
    [InlineData("vpce")]
    [InlineData("pcx")]
    [InlineData("eni")]
    [InlineData("vgw")]
    public void IPv6_routes_to_targets_other_than_an_IGW_are_left_alone(string prefix)
    {
        var network = new TestNetwork();
        network.Table([Some.Ipv6DefaultTo(Some.Id(prefix))], [network.PrivateSubnet()]);

        Assert.Empty(planner.Plan(network.Snapshot()));
    }

    [Fact]
    public void A_blackhole_route_to_a_detached_IGW_carries_no_traffic_and_is_left_alone()
    {
        var network = new TestNetwork();
        network.Table([Some.Ipv6DefaultTo(network.InternetGatewayId) with { IsBlackhole = true }], [network.PrivateSubnet()]);

        Assert.Empty(planner.Plan(network.Snapshot()));
    }

    [Fact]
    public void A_private_subnet_without_IPv6_cannot_be_reached_over_IPv6_and_needs_nothing()
    {
        var network = new TestNetwork();
        network.LeakyTable(network.PrivateSubnet(ipv6: false));

        Assert.Empty(planner.Plan(network.Snapshot()));
    }

    [Fact]
    public void An_IPv6_only_subnet_behind_DNS64_is_protected()
    {
        var network = new TestNetwork();
        var subnet = network.Subnet(ipv4: false);
        network.Table([new Route(RouteDestination.Ipv6("64:ff9b::/96"), new RouteTarget(Some.Id("nat"))), Some.Ipv6DefaultTo(network.InternetGatewayId)], [subnet]);

        var decision = Assert.IsType<ReplaceRoutes>(Assert.Single(Assert.Single(planner.Plan(network.Snapshot())).Decisions));

        Assert.Equal(ClassificationRule.Dns64, Assert.Single(decision.Subnets).DecidedBy);
    }

    [Fact]
    public void An_IPv6_only_public_subnet_keeps_its_internet_gateway()
    {
        var network = new TestNetwork();
        network.Table([Some.Ipv6DefaultTo(network.InternetGatewayId)], [network.Subnet(ipv4: false)]);

        Assert.Empty(planner.Plan(network.Snapshot()));
    }

    [Fact]
    public void A_table_that_serves_no_subnet_needs_nothing()
    {
        var network = new TestNetwork();
        network.Table([Some.Ipv6DefaultTo(network.InternetGatewayId)], []);

        Assert.Empty(planner.Plan(network.Snapshot()));
    }

    [Fact]
    public void Detect_mode_yields_the_same_decisions_marked_not_to_execute()
    {
        var network = new TestNetwork();
        network.LeakyTable(network.PrivateSubnet());
        var snapshot = network.Snapshot();

        var remediate = Assert.Single(planner.Plan(snapshot));
        var detect = Assert.Single(new RemediationPlanner(ClassificationRules.Default, Mode.Detect).Plan(snapshot));

        Assert.Equal(remediate.Decisions, detect.Decisions);
        Assert.Equal(remediate.Gateway, detect.Gateway);
        Assert.False(detect.IsToExecute);
    }

    [Fact]
    public void Each_VPC_gets_its_own_plan_and_its_own_gateway()
    {
        var a = new TestNetwork();
        var b = new TestNetwork();
        a.LeakyTable(a.PrivateSubnet());
        b.LeakyTable(b.PrivateSubnet());
        var bGateway = b.AttachedEgressGateway();

        var plans = planner.Plan(TestNetwork.Combine(a, b));

        Assert.Equal(2, plans.Count);
        Assert.Equal(NewEgressGateway.For(a.Vpc.Id), plans.Single(p => p.Vpc == a.Vpc).Gateway);
        Assert.Equal(new ExistingEgressGateway(bGateway.Id), plans.Single(p => p.Vpc == b.Vpc).Gateway);
    }

    [Fact]
    public void A_plan_carried_out_leaves_nothing_to_do()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet(), network.PrivateSubnet());
        var snapshot = network.Snapshot();

        var after = PlanApplication.Apply(snapshot, planner.Plan(snapshot));

        Assert.Empty(planner.Plan(after));
        var gateway = Assert.Single(after.EgressOnlyInternetGateways);
        Assert.True(gateway.IsAttachedTo(network.Vpc.Id));
        var routes = after.RouteTables.Single(t => t.Id == table.Id).Routes;
        Assert.Equal(gateway.Id, routes.Single(r => r.Destination.Value == "::/0").Target.Id);
        Assert.Equal(table.Routes.Where(r => !r.Destination.IsIpv6), routes.Where(r => !r.Destination.IsIpv6));
    }
}
