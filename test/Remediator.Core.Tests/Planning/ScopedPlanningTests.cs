using Remediator.Judgement;
using Remediator.Planning;
using Remediator.Triggers;
using Remediator.StandIns.Worlds;

namespace Remediator.Tests.Planning;

/// <summary>
/// An event is judged within what it may have changed, so that its notification names the change that
/// caused it. Exposures elsewhere are the scheduled sweep's to find.
/// </summary>
public sealed class ScopedPlanningTests
{
    private readonly RemediationPlanner planner = new(ClassificationRules.Default, Mode.Remediate);

    [Fact]
    public void A_route_table_event_judges_that_table_only()
    {
        var network = new TestNetwork();
        var changed = network.LeakyTable(network.PrivateSubnet());
        network.LeakyTable(network.PrivateSubnet());

        var plan = Assert.Single(planner.Plan(network.Snapshot(), [new RouteTableScope(changed.Id)]));

        Assert.Equal(changed.Id, Assert.Single(plan.Decisions).Table.Id);
    }

    [Fact]
    public void A_subnet_event_judges_the_table_that_serves_the_subnet_even_implicitly()
    {
        var network = new TestNetwork();
        network.LeakyTable(network.PrivateSubnet());
        var main = network.Table([Some.Ipv4DefaultTo(Some.Id("nat")), Some.Ipv6DefaultTo(network.InternetGatewayId)], [], main: true);
        var newSubnet = network.PrivateSubnet();

        var plan = Assert.Single(planner.Plan(network.Snapshot(), [new SubnetScope(newSubnet.Id)]));

        Assert.Equal(main.Id, Assert.Single(plan.Decisions).Table.Id);
    }

    [Fact]
    public void A_VPC_event_judges_every_table_of_that_VPC_and_no_other()
    {
        var a = new TestNetwork();
        var b = new TestNetwork();
        a.LeakyTable(a.PrivateSubnet());
        a.LeakyTable(a.PrivateSubnet());
        b.LeakyTable(b.PrivateSubnet());

        var plan = Assert.Single(planner.Plan(TestNetwork.Combine(a, b), [new VpcScope(a.Vpc.Id)]));

        Assert.Equal(a.Vpc, plan.Vpc);
        Assert.Equal(2, plan.Decisions.Count);
    }

    [Fact]
    public void A_sweep_judges_everything()
    {
        var a = new TestNetwork();
        var b = new TestNetwork();
        a.LeakyTable(a.PrivateSubnet());
        b.LeakyTable(b.PrivateSubnet());

        Assert.Equal(2, planner.Plan(TestNetwork.Combine(a, b), [new RegionScope("eu-west-1")]).Count);
    }

    [Fact]
    public void A_scope_naming_a_resource_that_is_gone_judges_nothing()
    {
        var network = new TestNetwork();
        network.LeakyTable(network.PrivateSubnet());

        Assert.Empty(planner.Plan(network.Snapshot(), [new RouteTableScope(Some.Id("rtb")), new SubnetScope(Some.Id("subnet"))]));
    }
}
