using Remediator.Network;
using Remediator.StandIns.Ec2;

namespace Remediator.StandIns.Tests.Ec2;

public sealed class Ec2WorldTests
{
    [Fact]
    public void A_snapshot_lists_every_resource_in_id_order()
    {
        var vpc = new TestVpc();
        var tables = Enumerable.Range(0, 3).Select(_ => vpc.Table([], [])).Reverse().ToList();
        var world = new Ec2World(vpc.Snapshot() with { RouteTables = [.. tables] });

        Assert.Equal(tables.Select(t => t.Id).Order(StringComparer.Ordinal), world.Snapshot().RouteTables.Select(t => t.Id));
    }

    [Fact]
    public void A_route_is_removed_by_its_destination()
    {
        var vpc = new TestVpc();
        var table = vpc.Table([Some.Route("::/0", "igw-0123456789abcdef0")], []);
        var world = new Ec2World(vpc.Snapshot());

        world.RemoveRoute(table.Id, "::/0");

        Assert.Equal(["10.0.0.0/16"], world.Snapshot().RouteTables.Single().Routes.Select(r => r.Destination.Value));
    }

    [Fact]
    public void Removing_what_the_world_does_not_hold_is_a_test_bug_and_throws()
    {
        var vpc = new TestVpc();
        var table = vpc.Table([], []);
        var world = new Ec2World(vpc.Snapshot());

        Assert.Throws<KeyNotFoundException>(() => world.RemoveSubnet("subnet-0000dead"));
        Assert.Throws<KeyNotFoundException>(() => world.RemoveRoute(table.Id, "::/0"));
    }

    [Fact]
    public void Put_adds_or_replaces_a_resource()
    {
        var vpc = new TestVpc();
        var subnet = vpc.Subnet();
        var world = new Ec2World(vpc.Snapshot());

        world.Put(subnet with { Tags = Tags.Of(("Tier", "private")) });
        world.Put(new Subnet(Some.Id("subnet"), vpc.Id, null, ["2001:db8::/64"], false, Tags.None));

        Assert.Equal(2, world.Snapshot().Subnets.Count);
        Assert.Equal("private", world.Snapshot().Subnets.Single(s => s.Id == subnet.Id).Tags["Tier"]);
    }

    [Fact]
    public void A_created_egress_only_gateway_gets_a_long_form_id_and_an_attachment()
    {
        var vpc = new TestVpc();
        var world = new Ec2World(vpc.Snapshot());

        var gateway = world.CreateEgressOnlyInternetGateway(vpc.Id);

        Assert.Matches("^eigw-[0-9a-f]{17}$", gateway.Id);
        Assert.True(gateway.IsAttachedTo(vpc.Id));
        Assert.Equal(gateway, world.Snapshot().EgressOnlyInternetGateways.Single());
    }

    [Fact]
    public void The_world_knows_a_gateway_from_its_routes_attached_unless_every_route_to_it_is_a_blackhole()
    {
        var vpc = new TestVpc();
        vpc.Table([Some.Route("::/0", "igw-0123456789abcdef0", blackhole: true)], []);
        vpc.Table([Some.Route("::/0", "igw-0123456789abcdef0")], []);
        vpc.Table([Some.Route("::/0", "igw-0fedcba9876543210", blackhole: true)], []);

        var world = new Ec2World(vpc.Snapshot());
        world.Put(new RouteTable(Some.Id("rtb"), vpc.Id, [Some.Route("::/0", "igw-0aaaaaaaaaaaaaaaa")], [], Tags.None));

        Assert.Equal(
            new string?[] { vpc.Id, null, vpc.Id, null },
            new[] { "igw-0123456789abcdef0", "igw-0fedcba9876543210", "igw-0aaaaaaaaaaaaaaaa", "igw-0000000000000dead" }.Select(world.AttachedVpcOf));
    }
}
