using Remediator.Judgement;
using Remediator.Network;
using Remediator.Notifications;
using Remediator.Outcomes;
using Remediator.Planning;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Worlds;
using Remediator.Triggers;
using Sdk = Amazon.EC2.Model;

namespace Remediator.Ec2.Tests;

/// <summary>
/// The triggers of issue 12 end to end: a change made through the EC2 stand-in exposes a private subnet, its
/// CloudTrail event arrives, and the real handler, reader and executor close the exposure through AWSSDK.EC2.
/// </summary>
public sealed class TriggerEndToEndTests
{
    [Theory]
    [MemberData(nameof(TriggerScenarios.Names), MemberType = typeof(TriggerScenarios))]
    public async Task A_change_that_makes_a_subnet_private_gets_its_IPv6_route_to_the_IGW_swapped_for_the_EIGW(string change)
    {
        var scenario = TriggerScenarios.Named(change);
        Assert.Empty(new RemediationPlanner(ClassificationRules.Default, Mode.Remediate).Plan(scenario.Network));
        await using var changed = await ChangedNetwork.StartAsync(scenario);
        Assert.True(Ipv6Default(changed.Ec2.World.Snapshot(), scenario.TableId).IsIpv6ToInternetGateway);

        var result = await changed.Ec2.HandleAsync(scenario.Event);

        var route = Assert.Single(Assert.Single(result.Outcomes).Routes);
        Assert.Equal((scenario.TableId, RouteStatus.Replaced), (route.RouteTableId, route.Status));
        Assert.StartsWith("eigw-", Ipv6Default(changed.Ec2.World.Snapshot(), scenario.TableId).Target.Id, StringComparison.Ordinal);
        var replace = Assert.Single(changed.HandlerCalls, c => c.Action == "ReplaceRoute");
        Assert.Equal((scenario.TableId, "::/0"), (replace["RouteTableId"], replace["DestinationIpv6CidrBlock"]));
        Assert.Equal(NotificationOutcome.Remediated, Assert.Single(changed.Ec2.Doubles.Publisher.Published).Outcome);
    }

    [Fact]
    public async Task A_disassociation_reads_only_the_VPCs_whose_main_table_routes_IPv6_to_the_IGW_and_fixes_the_one_serving_private_subnets()
    {
        var (scenario, leaky, open, quiet) = TriggerScenarios.FallbackToLeakyMainTable();
        await using var changed = await ChangedNetwork.StartAsync(scenario);

        await changed.Ec2.HandleAsync(scenario.Event);

        var reads = changed.HandlerCalls.Where(c => c.Action.StartsWith("Describe", StringComparison.Ordinal)).ToList();
        Assert.Equal(["true"], reads[0].FilterValues("association.main"));
        var vpcsRead = reads.Skip(1).SelectMany(c => c.FilterValues("vpc-id")).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(new HashSet<string>(StringComparer.Ordinal) { leaky, open }, vpcsRead);
        Assert.DoesNotContain(changed.HandlerCalls, c => c.Parameters.Values.Contains(quiet));
        var world = changed.Ec2.World.Snapshot();
        var leakyEgressGateway = world.EgressOnlyInternetGateways.Single(g => g.IsAttachedTo(leaky)).Id;
        Assert.Equal(leakyEgressGateway, Ipv6Default(world, scenario.TableId).Target.Id);
        Assert.Equal(0, changed.Count("CreateEgressOnlyInternetGateway"));
        Assert.True(Ipv6Default(world, world.RouteTables.Single(t => t.VpcId == open && t.IsMain).Id).IsIpv6ToInternetGateway);
    }

    [Fact]
    public async Task A_route_to_a_detached_IGW_exposes_nothing_until_the_gateway_is_attached_again()
    {
        var network = new TestNetwork();
        var table = network.Table([Some.Ipv4DefaultTo(network.InternetGatewayId), Some.Ipv6DefaultTo(network.InternetGatewayId)], [network.Subnet()]);
        var (igw, vpc) = (network.InternetGatewayId, network.Vpc.Id);
        var scenario = new TriggerScenario(
            network.Snapshot(),
            async ec2 =>
            {
                await ec2.DetachInternetGatewayAsync(new Sdk.DetachInternetGatewayRequest { InternetGatewayId = igw, VpcId = vpc });
                await ec2.ReplaceRouteAsync(new Sdk.ReplaceRouteRequest { RouteTableId = table.Id, DestinationCidrBlock = "0.0.0.0/0", NatGatewayId = "nat-0f60718293a4b5c6d" });
            },
            SampleEvents.Ipv4DefaultToNatGateway(table.Id, "nat-0f60718293a4b5c6d", "ReplaceRoute"),
            table.Id);
        await using var changed = await ChangedNetwork.StartAsync(scenario);

        var whileDetached = await changed.Ec2.HandleAsync(scenario.Event);
        await changed.Ec2.Client.AttachInternetGatewayAsync(new Sdk.AttachInternetGatewayRequest { InternetGatewayId = igw, VpcId = vpc });
        var attached = await changed.Ec2.HandleAsync(SampleEvents.AttachInternetGateway(igw, vpc));

        Assert.IsType<Triggered>(whileDetached.Event);
        Assert.Empty(whileDetached.Outcomes);
        Assert.Equal(RouteStatus.Replaced, Assert.Single(Assert.Single(attached.Outcomes).Routes).Status);
        Assert.StartsWith("eigw-", Ipv6Default(changed.Ec2.World.Snapshot(), table.Id).Target.Id, StringComparison.Ordinal);
        Assert.Single(changed.Ec2.Doubles.Publisher.Published);
    }

    [Theory]
    [MemberData(nameof(TriggerScenarios.HarmlessNames), MemberType = typeof(TriggerScenarios))]
    public async Task A_harmless_counterpart_is_judged_from_its_event_alone_and_changes_nothing(string change)
    {
        var scenario = TriggerScenarios.Named(change);
        await using var changed = await ChangedNetwork.StartAsync(scenario);
        var afterChange = changed.Ec2.World.Snapshot();

        var result = await changed.Ec2.HandleAsync(scenario.Event);

        Assert.IsType<Ignored>(result.Event);
        Assert.Empty(changed.HandlerCalls);
        Assert.Equal(afterChange, changed.Ec2.World.Snapshot());
        Assert.Empty(changed.Ec2.Doubles.Publisher.Published);
    }

    private static Route Ipv6Default(NetworkSnapshot snapshot, string tableId) =>
        snapshot.RouteTables.Single(t => t.Id == tableId).Routes.Single(r => r.Destination == RouteDestination.Ipv6("::/0"));
}
