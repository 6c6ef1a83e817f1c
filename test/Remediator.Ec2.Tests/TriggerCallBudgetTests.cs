using Remediator.StandIns.Harnesses;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Worlds;
using Sdk = Amazon.EC2.Model;

namespace Remediator.Ec2.Tests;

/// <summary>
/// The call budget of each trigger of issue 12, counted through the EC2 stand-in's gate, never by the clock:
/// the reads of each sequential round before the decision (two at the most), and the calls in all.
/// </summary>
public sealed class TriggerCallBudgetTests
{
    /// <param name="readsPerRound">
    /// Route table (the route changes): the table; then its VPC, the VPC's subnets, the EIGWs and the region's
    /// Block Public Access (options and exclusions). Main tables (DisassociateRouteTable): the region's main
    /// tables; then, for those that route IPv6 to an IGW, their VPCs, subnets and tables, the EIGWs and BPA. VPC
    /// (AttachInternetGateway): all six at once. Subnet (ModifySubnetAttribute): the subnet; then its VPC, the
    /// VPC's subnets and tables, the EIGWs and BPA.
    /// </param>
    [Theory]
    [InlineData(TriggerScenarios.ReplaceIpv4Default, new[] { 1, 5 })]
    [InlineData(TriggerScenarios.DeleteIpv4Default, new[] { 1, 5 })]
    [InlineData(TriggerScenarios.CreateIpv4Default, new[] { 1, 5 })]
    [InlineData(TriggerScenarios.ReplaceNat64, new[] { 1, 5 })]
    [InlineData(TriggerScenarios.Disassociate, new[] { 1, 6 })]
    [InlineData(TriggerScenarios.AttachGateway, new[] { 6 })]
    [InlineData(TriggerScenarios.NoPublicIpv4, new[] { 1, 6 })]
    public async Task Every_new_trigger_decides_within_two_sequential_rounds_of_reads(string change, int[] readsPerRound)
    {
        var scenario = TriggerScenarios.Named(change);
        await using var changed = await ChangedNetwork.StartAsync(scenario);

        await ReadRounds.HandleAsync(changed.Ec2, scenario.Event, readsPerRound);

        var rounds = ReadRounds.Of(changed.HandlerCalls);
        Assert.Equal(readsPerRound, rounds.Select(r => r.Count));
        Assert.InRange(rounds.Count, 1, 2);
        Assert.Equal(1, changed.Count("ReplaceRoute"));
    }

    /// <summary>
    /// What each trigger costs in all, as BENCHMARKS.md §3 and the README list it. Block Public Access is read
    /// once with the EIGWs, in the same round.
    /// </summary>
    [Theory]
    [InlineData(TriggerScenarios.ReplaceIpv4Default, 1, 1, 1, 1, 1, 1)]
    [InlineData(TriggerScenarios.DeleteIpv4Default, 1, 1, 1, 1, 1, 1)]
    [InlineData(TriggerScenarios.CreateIpv4Default, 1, 1, 1, 1, 1, 1)]
    [InlineData(TriggerScenarios.ReplaceNat64, 1, 1, 1, 1, 1, 1)]
    [InlineData(TriggerScenarios.Disassociate, 2, 1, 1, 1, 0, 1)]
    [InlineData(TriggerScenarios.AttachGateway, 1, 1, 1, 1, 1, 1)]
    [InlineData(TriggerScenarios.NoPublicIpv4, 1, 2, 1, 1, 1, 1)]
    public async Task Every_new_trigger_makes_the_calls_of_its_budget_and_no_more(
        string change, int routeTables, int subnets, int vpcs, int egressGateways, int gatewaysCreated, int routesReplaced)
    {
        var scenario = TriggerScenarios.Named(change);
        await using var changed = await ChangedNetwork.StartAsync(scenario);

        await changed.Ec2.HandleAsync(scenario.Event);

        var budget = new Dictionary<string, int>
        {
            ["DescribeRouteTables"] = routeTables,
            ["DescribeSubnets"] = subnets,
            ["DescribeVpcs"] = vpcs,
            ["DescribeEgressOnlyInternetGateways"] = egressGateways,
            ["DescribeVpcBlockPublicAccessOptions"] = egressGateways,
            ["DescribeVpcBlockPublicAccessExclusions"] = egressGateways,
            ["CreateEgressOnlyInternetGateway"] = gatewaysCreated,
            ["ReplaceRoute"] = routesReplaced,
        };
        Assert.Equal(
            budget.Where(call => call.Value > 0).ToDictionary(),
            changed.HandlerCalls.GroupBy(c => c.Action).ToDictionary(g => g.Key, g => g.Count()));
    }

    [Fact]
    public async Task A_disassociation_reads_the_main_tables_in_the_first_round_and_only_the_exposing_ones_VPCs_in_the_second()
    {
        var (scenario, leaky, open, _) = TriggerScenarios.FallbackToLeakyMainTable();
        await using var changed = await ChangedNetwork.StartAsync(scenario);

        await ReadRounds.HandleAsync(changed.Ec2, scenario.Event, [1, 6]);

        var rounds = ReadRounds.Of(changed.HandlerCalls);
        var first = Assert.Single(rounds[0]);
        Assert.Equal("DescribeRouteTables", first.Action);
        Assert.Equal(["true"], first.FilterValues("association.main"));
        Assert.Equal(["igw-*"], first.FilterValues("route.gateway-id"));
        Assert.Equal(ReadRounds.NetworkReads.Order(StringComparer.Ordinal), rounds[1].Select(c => c.Action).Order(StringComparer.Ordinal));
        Assert.All(
            rounds[1].Where(c => c.Action is "DescribeRouteTables" or "DescribeSubnets" or "DescribeVpcs"),
            call => Assert.Equal(new[] { leaky, open }.Order(StringComparer.Ordinal), call.FilterValues("vpc-id").Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task A_disassociation_in_a_region_whose_main_tables_route_no_IPv6_to_an_IGW_stops_after_reading_them()
    {
        var network = new TestNetwork();
        network.Table([Some.Ipv4DefaultTo(Some.Id("nat")), Some.Ipv6DefaultTo(network.AttachedEgressGateway().Id)], [], main: true);
        var table = network.Table([Some.Ipv4DefaultTo(Some.Id("nat"))], [network.PrivateSubnet()]);
        var association = table.Associations.Single().Id;
        var scenario = new TriggerScenario(
            network.Snapshot(),
            ec2 => ec2.DisassociateRouteTableAsync(new Sdk.DisassociateRouteTableRequest { AssociationId = association }),
            SampleEvents.DisassociateRouteTable(association),
            table.Id);
        await using var changed = await ChangedNetwork.StartAsync(scenario);

        var result = await ReadRounds.HandleAsync(changed.Ec2, scenario.Event, [1]);

        Assert.Empty(result.Outcomes);
        var read = Assert.Single(Assert.Single(ReadRounds.Of(changed.HandlerCalls)));
        Assert.Equal(["true"], read.FilterValues("association.main"));
        Assert.Single(changed.HandlerCalls);
    }
}
