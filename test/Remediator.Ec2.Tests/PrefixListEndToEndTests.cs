using Remediator.Network;
using Remediator.Outcomes;
using Remediator.StandIns.Harnesses;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Worlds;
using Remediator.Telemetry;
using Remediator.Triggers;
using Sdk = Amazon.EC2.Model;

namespace Remediator.Ec2.Tests;

/// <summary>
/// Managed prefix lists end to end: a route of a list to the IGW, or entries added to a list so routed, arrive as
/// CloudTrail events, and the real reader judges the list by its family and the executor points the route at the
/// EIGW by the list's id, through AWSSDK.EC2 and the stand-in.
/// </summary>
public sealed class PrefixListEndToEndTests
{
    private static readonly ManagedPrefixList Partners =
        new("pl-0e1f2a3b4c5d6e7f8", "partner-networks", "111122223333", IsIpv6: true, ["2001:db8:aa00::/40"]);

    private static readonly ManagedPrefixList Offices =
        new("pl-0a0b0c0d0e0f01020", "offices", "111122223333", IsIpv6: false, ["198.51.100.0/24"]);

    [Fact]
    public async Task An_IPv6_prefix_list_routed_to_the_IGW_is_pointed_at_the_EIGW_by_its_id()
    {
        var (scenario, _) = PrefixListRouted(Partners);
        await using var changed = await ChangedNetwork.StartAsync(scenario);

        var result = await changed.Ec2.HandleAsync(scenario.Event);

        var route = Assert.Single(Assert.Single(result.Outcomes).Routes);
        Assert.Equal((Partners.Id, RouteStatus.Replaced), (route.Change.Destination.Value, route.Status));
        var replace = Assert.Single(changed.HandlerCalls, c => c.Action == "ReplaceRoute");
        Assert.Equal((scenario.TableId, Partners.Id, null), (replace["RouteTableId"], replace["DestinationPrefixListId"], replace["DestinationIpv6CidrBlock"]));
        Assert.StartsWith("eigw-", replace["EgressOnlyInternetGatewayId"], StringComparison.Ordinal);
        Assert.StartsWith("eigw-", PrefixListRoute(changed.Ec2.World.Snapshot(), scenario.TableId).Target.Id, StringComparison.Ordinal);
        Assert.Contains("2001:db8:aa00::/40", Assert.Single(changed.Ec2.Doubles.Publisher.Published).DocumentJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_is_read_beside_the_second_round_when_the_first_showed_it()
    {
        var (scenario, _) = PrefixListRouted(Partners);
        await using var changed = await ChangedNetwork.StartAsync(scenario);

        await changed.Ec2.HandleAsync(scenario.Event);

        var reads = changed.HandlerCalls.Where(c => c.Action is not ("ReplaceRoute" or "CreateEgressOnlyInternetGateway")).Select(c => c.Action).ToList();
        Assert.Equal("DescribeRouteTables", reads[0]);
        Assert.Equal(
            ["DescribeEgressOnlyInternetGateways", "DescribeManagedPrefixLists", "DescribeSubnets", "DescribeVpcBlockPublicAccessExclusions",
             "DescribeVpcBlockPublicAccessOptions", "DescribeVpcs", "GetManagedPrefixListEntries"],
            reads.Skip(1).Order(StringComparer.Ordinal));
        Assert.Equal([Partners.Id], Assert.Single(changed.HandlerCalls, c => c.Action == "DescribeManagedPrefixLists").FilterValues("prefix-list-id"));
    }

    [Fact]
    public async Task A_prefix_list_route_and_added_entries_decide_within_two_sequential_rounds_of_reads()
    {
        foreach (var scenario in new[] { PrefixListRouted(Partners).Scenario, EntriesAdded() })
        {
            await using var changed = await ChangedNetwork.StartAsync(scenario);

            await ReadRounds.HandleAsync(changed.Ec2, scenario.Event, [1, 7]);

            Assert.Equal([1, 7], ReadRounds.Of(changed.HandlerCalls).Select(r => r.Count));
            Assert.Equal(1, changed.Count("ReplaceRoute"));
        }
    }

    [Fact]
    public async Task An_IPv4_prefix_list_routed_to_the_IGW_is_read_and_left_alone()
    {
        var (scenario, _) = PrefixListRouted(Offices);
        await using var changed = await ChangedNetwork.StartAsync(scenario);
        var afterChange = changed.Ec2.World.Snapshot();

        var result = await changed.Ec2.HandleAsync(scenario.Event);

        Assert.IsType<Triggered>(result.Event);
        Assert.Empty(result.Outcomes);
        Assert.Equal(1, changed.Count("DescribeManagedPrefixLists"));
        Assert.Equal(afterChange, changed.Ec2.World.Snapshot());
        Assert.Empty(changed.Ec2.Doubles.Publisher.Published);
    }

    [Fact]
    public async Task IPv6_entries_added_to_a_list_routed_to_the_IGW_get_the_route_swapped_and_the_new_entries_reported()
    {
        var scenario = EntriesAdded();
        await using var changed = await ChangedNetwork.StartAsync(scenario);

        var result = await changed.Ec2.HandleAsync(scenario.Event);

        Assert.Equal([Partners.Id], changed.HandlerCalls[0].FilterValues("route.destination-prefix-list-id"));
        Assert.Equal(RouteStatus.Replaced, Assert.Single(Assert.Single(result.Outcomes).Routes).Status);
        Assert.Contains("2001:db8:cc00::/40", Assert.Single(changed.Ec2.Doubles.Publisher.Published).DocumentJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entries_added_to_a_list_no_table_routes_to_the_IGW_cost_one_read()
    {
        var network = new TestNetwork();
        network.Table([Some.Ipv4DefaultTo(Some.Id("nat")), new Route(RouteDestination.Of(Partners), new RouteTarget(Some.Id("tgw")))], [network.Subnet()]);
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());

        var result = await ec2.HandleAsync(SampleEvents.AddPrefixListEntries(Partners.Id, "2001:db8:cc00::/40"));

        Assert.Empty(result.Outcomes);
        Assert.Equal(["DescribeRouteTables"], ec2.StandIn.Calls.All.Select(c => c.Action));
    }

    [Fact]
    public async Task A_route_to_a_prefix_list_EC2_does_not_describe_is_not_judged_and_the_log_says_so()
    {
        var network = new TestNetwork();
        var table = network.Table([Some.Ipv4DefaultTo(Some.Id("nat")), new Route(RouteDestination.PrefixListId("pl-0badc0ffee0badc0f"), new RouteTarget(network.InternetGatewayId))], [network.Subnet()]);
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());

        var result = await ec2.HandleAsync(SampleEvents.PrefixListToInternetGateway(table.Id, "pl-0badc0ffee0badc0f", network.InternetGatewayId));

        Assert.Empty(result.Outcomes);
        Assert.Equal(0, ec2.MutatingCalls);
        Assert.Contains(ec2.Doubles.Log.Records, r => r.Level == LogLevel.Warn && r.Message.Contains("EC2 did not describe prefix list pl-0badc0ffee0badc0f", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sweep_reads_the_lists_its_tables_route_to_the_IGW_after_the_region_and_fixes_the_IPv6_one()
    {
        var network = new TestNetwork();
        var table = network.Table(
            [Some.Ipv4DefaultTo(Some.Id("nat")), new Route(RouteDestination.Of(Partners), new RouteTarget(network.InternetGatewayId)),
             new Route(RouteDestination.Of(Offices), new RouteTarget(network.InternetGatewayId))],
            [network.Subnet()]);
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());

        var result = await ec2.HandleAsync(SampleEvents.Read("scheduled-sweep.json"));

        var route = Assert.Single(Assert.Single(result.Outcomes).Routes);
        Assert.Equal((table.Id, Partners.Id, RouteStatus.Replaced), (route.RouteTableId, route.Change.Destination.Value, route.Status));
        Assert.Equal(2, ec2.StandIn.Calls.Count("GetManagedPrefixListEntries"));
    }

    /// <summary>A private subnet's table routes the partners' list to the IGW; the change adds an IPv6 entry to the list.</summary>
    private static TriggerScenario EntriesAdded()
    {
        var network = new TestNetwork();
        var table = network.Table([Some.Ipv4DefaultTo(Some.Id("nat")), new Route(RouteDestination.Of(Partners), new RouteTarget(network.InternetGatewayId))], [network.Subnet()]);
        return new TriggerScenario(
            network.Snapshot(),
            ec2 => ec2.ModifyManagedPrefixListAsync(new Sdk.ModifyManagedPrefixListRequest
            {
                PrefixListId = Partners.Id,
                AddEntries = [new Sdk.AddPrefixListEntry { Cidr = "2001:db8:cc00::/40" }],
            }),
            SampleEvents.AddPrefixListEntries(Partners.Id, "2001:db8:cc00::/40"),
            table.Id);
    }

    /// <summary>A private subnet whose IPv6 default goes to an EIGW; the change routes <paramref name="list"/> to the VPC's IGW.</summary>
    private static (TriggerScenario Scenario, TestNetwork Network) PrefixListRouted(ManagedPrefixList list)
    {
        var network = new TestNetwork();
        var eigw = network.AttachedEgressGateway();
        var table = network.Table([Some.Ipv4DefaultTo(Some.Id("nat")), Some.Ipv6DefaultTo(eigw.Id)], [network.Subnet()]);
        var igw = network.InternetGatewayId;
        network.Table([Some.Ipv4DefaultTo(igw), Some.Ipv6DefaultTo(igw)], [network.PublicSubnet()]);
        var snapshot = network.Snapshot();
        var scenario = new TriggerScenario(
            snapshot with { RouteTables = [.. snapshot.RouteTables, Holder(network.Vpc.Id, list)] },
            ec2 => ec2.CreateRouteAsync(new Sdk.CreateRouteRequest { RouteTableId = table.Id, DestinationPrefixListId = list.Id, GatewayId = igw }),
            SampleEvents.PrefixListToInternetGateway(table.Id, list.Id, igw),
            table.Id);
        return (scenario, network);
    }

    /// <summary>A table of no subnet that routes the list to a transit gateway, so that the world holds the list.</summary>
    private static RouteTable Holder(string vpcId, ManagedPrefixList list) =>
        new(Some.Id("rtb"), vpcId, [new Route(RouteDestination.Of(list), new RouteTarget(Some.Id("tgw")))], [], Tags.None);

    private static Route PrefixListRoute(NetworkSnapshot snapshot, string tableId) =>
        snapshot.RouteTables.Single(t => t.Id == tableId).Routes.Single(r => r.Destination.Kind == DestinationKind.PrefixList);
}
