using Remediator.Network;
using Remediator.StandIns.Worlds;

namespace Remediator.Tests.Network;

public sealed class VpcNetworkTests
{
    [Fact]
    public void The_main_table_serves_every_subnet_without_an_explicit_association()
    {
        var network = new TestNetwork();
        var implicit1 = network.Subnet();
        var implicit2 = network.Subnet();
        var associated = network.Subnet();
        var main = network.Table([], [], main: true);
        var custom = network.Table([], [associated]);

        var view = network.View();

        Assert.Equal([implicit1.Id, implicit2.Id], view.SubnetsServedBy(main).Select(s => s.Id));
        Assert.Equal([associated.Id], view.SubnetsServedBy(custom).Select(s => s.Id));
        Assert.Same(main, view.EffectiveRouteTableOf(implicit1));
        Assert.Same(custom, view.EffectiveRouteTableOf(associated));
    }

    [Fact]
    public void A_subnet_explicitly_associated_with_the_main_table_is_served_by_it_once()
    {
        var network = new TestNetwork();
        var subnet = network.Subnet();
        var main = network.Table([], [subnet], main: true);

        Assert.Equal([subnet.Id], network.View().SubnetsServedBy(main).Select(s => s.Id));
    }

    [Fact]
    public void An_association_with_a_subnet_that_no_longer_exists_serves_nothing()
    {
        var network = new TestNetwork();
        var ghost = new Subnet(Some.Id("subnet"), network.Vpc.Id, "10.0.0.0/24", [], false, Tags.None);
        var table = network.Table([], [ghost]);

        Assert.Empty(network.View().SubnetsServedBy(table));
    }

    [Fact]
    public void The_attached_egress_only_gateway_is_found_by_its_attachment_not_by_where_it_was_listed()
    {
        var network = new TestNetwork();
        var other = new TestNetwork();
        var foreign = other.AttachedEgressGateway();
        network.AddForeignEgressGateway(foreign);
        network.Table([], [], main: true);

        Assert.Null(network.View().AttachedEgressOnlyInternetGateway);

        var own = network.AttachedEgressGateway();
        Assert.Equal(own, network.View().AttachedEgressOnlyInternetGateway);
    }

    [Fact]
    public void A_snapshot_is_judged_per_VPC()
    {
        var a = new TestNetwork();
        var b = new TestNetwork();
        a.Table([], [a.Subnet()], main: true);
        b.Table([], [b.Subnet()], main: true);

        var views = TestNetwork.Combine(a, b).ByVpc().ToList();

        Assert.Equal(2, views.Count);
        Assert.All(views, v => Assert.Single(v.Subnets));
        Assert.All(views, v => Assert.All(v.Subnets, s => Assert.Equal(v.Vpc.Id, s.VpcId)));
    }

    [Fact]
    public void A_snapshot_with_tables_of_a_VPC_it_does_not_hold_is_refused_rather_than_judged_without_the_VPC_tags()
    {
        var network = new TestNetwork();
        network.Table([], [], main: true);
        var snapshot = network.Snapshot() with { Vpcs = [] };

        Assert.Throws<InvalidOperationException>(() => snapshot.ByVpc().ToList());
    }

    [Theory]
    [InlineData("igw-0123abcd", TargetKind.InternetGateway)]
    [InlineData("eigw-0123abcd", TargetKind.EgressOnlyInternetGateway)]
    [InlineData("vgw-0123abcd", TargetKind.VirtualPrivateGateway)]
    [InlineData("vpce-0123abcd", TargetKind.VpcEndpoint)]
    [InlineData("local", TargetKind.Local)]
    public void A_route_target_is_known_by_its_id_prefix(string id, TargetKind kind)
    {
        Assert.Equal(kind, new RouteTarget(id).Kind);
    }
}
