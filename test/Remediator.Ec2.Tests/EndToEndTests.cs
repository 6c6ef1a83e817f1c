using Remediator.Network;
using Remediator.Outcomes;
using Remediator.Planning;
using Remediator.StandIns.Harnesses;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Worlds;

namespace Remediator.Ec2.Tests;

/// <summary>Event → read → judge → act, through the real EC2 client and the EC2 stand-in.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public async Task A_leaky_private_subnet_is_fixed_with_a_new_tagged_EIGW_created_once()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());

        var result = await ec2.HandleAsync(SampleEvents.CreateRoute(table.Id));

        var after = ec2.World.Snapshot();
        var gateway = Assert.Single(after.EgressOnlyInternetGateways);
        Assert.True(gateway.IsAttachedTo(network.Vpc.Id));
        Assert.Equal(NewEgressGateway.CreatedByTagValue, gateway.Tags[NewEgressGateway.CreatedByTagKey]);
        Assert.Equal(gateway.Id, IPv6DefaultTarget(after, table.Id));
        Assert.Equal(1, ec2.StandIn.Calls.Count("CreateEgressOnlyInternetGateway"));
        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(new GatewayOutcome(gateway.Id, Created: true), outcome.Gateway);
        Assert.Equal(RouteStatus.Replaced, Assert.Single(outcome.Routes).Status);
    }

    [Fact]
    public async Task The_EIGW_already_attached_to_the_VPC_is_reused()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        var existing = network.AttachedEgressGateway();
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());

        await ec2.HandleAsync(SampleEvents.CreateRoute(table.Id));

        Assert.Equal(existing.Id, IPv6DefaultTarget(ec2.World.Snapshot(), table.Id));
        Assert.Equal(0, ec2.StandIn.Calls.Count("CreateEgressOnlyInternetGateway"));
    }

    [Fact]
    public async Task Another_VPCs_EIGW_is_never_used()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        var other = new TestNetwork();
        other.Table([], [], main: true);
        var foreign = other.AttachedEgressGateway();
        await using var ec2 = await Ec2Harness.StartAsync(TestNetwork.Combine(network, other));

        await ec2.HandleAsync(SampleEvents.CreateRoute(table.Id));

        var target = IPv6DefaultTarget(ec2.World.Snapshot(), table.Id);
        Assert.NotEqual(foreign.Id, target);
        Assert.True(ec2.World.Snapshot().EgressOnlyInternetGateways.Single(g => g.Id == target).IsAttachedTo(network.Vpc.Id));
    }

    [Fact]
    public async Task A_shared_table_and_a_public_table_are_left_untouched()
    {
        var network = new TestNetwork();
        var shared = network.LeakyTable(network.PrivateSubnet(), network.PublicSubnet());
        var publicTable = network.Table([Some.Ipv4DefaultTo(network.InternetGatewayId), Some.Ipv6DefaultTo(network.InternetGatewayId)], [network.PublicSubnet()]);
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());

        var sharedResult = await ec2.HandleAsync(SampleEvents.CreateRoute(shared.Id));
        var publicResult = await ec2.HandleAsync(SampleEvents.CreateRoute(publicTable.Id));

        Assert.IsType<NeedsDedicatedRouteTable>(Assert.Single(Assert.Single(sharedResult.Outcomes).Plan.Decisions));
        Assert.Empty(publicResult.Outcomes);
        Assert.Equal(0, ec2.MutatingCalls);
        Assert.Equal(network.Snapshot(), ec2.World.Snapshot());
    }

    [Fact]
    public async Task A_new_private_subnet_on_a_leaky_main_table_gets_the_main_table_fixed()
    {
        var network = new TestNetwork();
        var main = network.Table([Some.Ipv4DefaultTo(Some.Id("nat")), Some.Ipv6DefaultTo(network.InternetGatewayId)], [], main: true);
        network.Table([Some.Ipv4DefaultTo(network.InternetGatewayId), Some.Ipv6DefaultTo(network.InternetGatewayId)], [network.PublicSubnet()]);
        var subnet = network.PrivateSubnet();
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());

        await ec2.HandleAsync(SampleEvents.CreateSubnet(subnet.Id));

        Assert.StartsWith("eigw-", IPv6DefaultTarget(ec2.World.Snapshot(), main.Id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_event_delivered_twice_changes_nothing_the_second_time()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());
        var json = SampleEvents.CreateRoute(table.Id);

        await ec2.HandleAsync(json);
        var afterFirst = ec2.World.Snapshot();
        var mutationsAfterFirst = ec2.MutatingCalls;
        var second = await ec2.HandleAsync(json);

        Assert.Empty(second.Outcomes);
        Assert.Equal(mutationsAfterFirst, ec2.MutatingCalls);
        Assert.Equal(afterFirst, ec2.World.Snapshot());
    }

    [Fact]
    public async Task A_table_deleted_between_the_event_and_its_handling_is_a_quiet_no_op()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());
        ec2.World.RemoveRouteTable(table.Id);

        var result = await ec2.HandleAsync(SampleEvents.CreateRoute(table.Id));

        Assert.Empty(result.Outcomes);
        Assert.Equal(0, ec2.MutatingCalls);
    }

    [Fact]
    public async Task A_route_deleted_between_reading_and_replacing_is_reported_gone_not_failed()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        network.AttachedEgressGateway();
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());
        ec2.StandIn.Faults.BeforeNext("ReplaceRoute", world => world.RemoveRoute(table.Id, "::/0"));

        var result = await ec2.HandleAsync(SampleEvents.CreateRoute(table.Id));

        var route = Assert.Single(Assert.Single(result.Outcomes).Routes);
        Assert.Equal(RouteStatus.Gone, route.Status);
        Assert.False(result.MustRetry);
    }

    [Fact]
    public async Task Detect_mode_makes_no_mutating_call_at_all()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot(), Mode.Detect);

        var result = await ec2.HandleAsync(SampleEvents.CreateRoute(table.Id));

        Assert.IsType<ReplaceRoutes>(Assert.Single(Assert.Single(result.Outcomes).Plan.Decisions));
        Assert.Equal(0, ec2.MutatingCalls);
        Assert.Equal(network.Snapshot(), ec2.World.Snapshot());
    }

    private static string IPv6DefaultTarget(NetworkSnapshot snapshot, string tableId) =>
        snapshot.RouteTables.Single(t => t.Id == tableId).Routes.Single(r => r.Destination == RouteDestination.Ipv6("::/0")).Target.Id;
}
