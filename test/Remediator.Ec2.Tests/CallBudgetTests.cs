using Remediator.StandIns.Ec2;
using Remediator.StandIns.Harnesses;
using Remediator.StandIns.Hosting;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Worlds;

namespace Remediator.Ec2.Tests;

/// <summary>
/// The exposure window includes our round trips: an event reads at most two rounds of EC2 calls before
/// deciding, and one that can be judged from its payload makes none.
/// </summary>
public sealed class CallBudgetTests
{
    [Theory]
    [InlineData("ignore-create-route-ipv4-default-to-igw.json")]
    [InlineData("ignore-create-route-ipv6-to-egress-only-gateway.json")]
    [InlineData("ignore-create-route-failed-access-denied.json")]
    [InlineData("ignore-create-tags-subnet-cost-center.json")]
    [InlineData("malformed-create-route-without-route-table-id.json")]
    public async Task An_event_judged_from_its_own_payload_makes_no_AWS_call(string sample)
    {
        var network = new TestNetwork();
        network.LeakyTable(network.PrivateSubnet());
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());

        await ec2.HandleAsync(SampleEvents.Read(sample));

        Assert.Equal(0, ec2.StandIn.Calls.Total);
    }

    [Fact]
    public async Task A_route_table_event_reads_the_table_then_the_VPC_in_one_parallel_round()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        network.AttachedEgressGateway();
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());

        await ec2.HandleAsync(SampleEvents.CreateRoute(table.Id));

        Assert.Equal(
            new Dictionary<string, int>
            {
                ["DescribeRouteTables"] = 1,
                ["DescribeSubnets"] = 1,
                ["DescribeVpcs"] = 1,
                ["DescribeEgressOnlyInternetGateways"] = 1,
                ["DescribeVpcBlockPublicAccessOptions"] = 1,
                ["DescribeVpcBlockPublicAccessExclusions"] = 1,
                ["ReplaceRoute"] = 1,
            },
            CallsByAction(ec2));
    }

    [Fact]
    public async Task A_main_table_event_also_reads_the_VPCs_other_tables()
    {
        var network = new TestNetwork();
        var main = network.Table([Some.Ipv4DefaultTo(Some.Id("nat")), Some.Ipv6DefaultTo(network.InternetGatewayId)], [], main: true);
        network.PrivateSubnet();
        network.AttachedEgressGateway();
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());

        await ec2.HandleAsync(SampleEvents.CreateRoute(main.Id));

        Assert.Equal(2, ec2.StandIn.Calls.Count("DescribeRouteTables"));
        Assert.Equal(1, ec2.StandIn.Calls.Count("ReplaceRoute"));
    }

    /// <param name="readsPerRound">
    /// The Describe calls of each round. Route table: the table; then its VPC, the VPC's subnets, the EIGWs and
    /// the region's Block Public Access (options and exclusions). Subnet: the subnet; then its VPC, the VPC's
    /// subnets, tables, the EIGWs and BPA. VPC: all six at once.
    /// </param>
    [Theory]
    [InlineData("route table", new[] { 1, 5 })]
    [InlineData("subnet", new[] { 1, 6 })]
    [InlineData("vpc", new[] { 6 })]
    public async Task Every_trigger_decides_within_two_sequential_rounds_of_calls(string trigger, int[] readsPerRound)
    {
        var network = new TestNetwork();
        var subnet = network.PrivateSubnet();
        var table = network.LeakyTable(subnet);
        network.Table([], [], main: true);
        network.AttachedEgressGateway();
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());
        var json = trigger switch
        {
            "route table" => SampleEvents.CreateRoute(table.Id),
            "subnet" => SampleEvents.CreateSubnet(subnet.Id),
            _ => SampleEvents.DeleteVpcExemption(network.Vpc.Id),
        };
        await ReadRounds.HandleAsync(ec2, json, readsPerRound);

        Assert.Equal(1, ec2.StandIn.Calls.Count("ReplaceRoute"));
        var rounds = ReadRounds.Of(ec2.StandIn.Calls.All);
        Assert.Equal(readsPerRound, rounds.Select(r => r.Count));
        Assert.InRange(rounds.Count, 1, 2);
    }

    [Fact]
    public async Task A_member_accounts_event_assumes_its_role_once_before_reading_in_two_rounds_and_a_warm_one_reads_without_STS()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        await using var organization = await MemberHarness.StartAsync(network.Snapshot(), network.Snapshot());
        var forwarded = MemberAccountStandIns.Forwarded(SampleEvents.CreateRoute(table.Id));
        var assumedBeforeReading = -1;

        await ReadRounds.HandleAsync(
            organization.StandIn, () => organization.HandleAsync(forwarded), [1, 5], () => assumedBeforeReading = organization.Sts.Calls.Total);
        var cold = ReadRounds.Of(organization.StandIn.Calls.All).Select(r => r.Count).ToList();
        var coldCalls = organization.StandIn.Calls.Total;
        var coldChanges = (organization.StandIn.Calls.Count("CreateEgressOnlyInternetGateway"), organization.StandIn.Calls.Count("ReplaceRoute"));
        await ReadRounds.HandleAsync(organization.StandIn, () => organization.HandleAsync(forwarded), [1, 5]);
        var warm = ReadRounds.Of(organization.StandIn.Calls.All.Skip(coldCalls)).Select(r => r.Count).ToList();

        // Cold: the AssumeRole is answered before the first read is sent; the VPC lacks an EIGW, so one is created.
        Assert.Equal(1, assumedBeforeReading);
        Assert.Equal([1, 5], cold);
        Assert.Equal((1, 1), coldChanges);
        // Warm: the kept credentials and client; the route is fixed by now, so the same reads and nothing else.
        Assert.Equal([1, 5], warm);
        var assumed = Assert.Single(organization.Sts.Calls.All);
        Assert.Equal(("AssumeRole", MemberAccountStandIns.RoleArn, 200), (assumed.Action, assumed.RoleArn, assumed.Status));
        Assert.Equal(14, organization.StandIn.Calls.Total);
        Assert.All(organization.StandIn.Calls.All, c => Assert.Equal(MemberAccountStandIns.Region, c.SigningRegion));
        Assert.StartsWith("eigw-", organization.Member.World.Ipv6DefaultTarget(table.Id), StringComparison.Ordinal);
        Assert.StartsWith("igw-", organization.StandIn.World.Ipv6DefaultTarget(table.Id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sweep_of_200_VPCs_fixes_exactly_the_leaky_ones_with_calls_that_grow_with_pages()
    {
        var networks = Enumerable.Range(0, 200).Select(_ => new TestNetwork()).ToArray();
        var leaky = new List<string>();
        for (var i = 0; i < networks.Length; i++)
        {
            var n = networks[i];
            n.Table([Some.Ipv4DefaultTo(n.InternetGatewayId), Some.Ipv6DefaultTo(n.InternetGatewayId)], [n.PublicSubnet()], main: true);
            var privateSubnet = n.PrivateSubnet();
            if (i % 10 == 0)
            {
                leaky.Add(n.LeakyTable(privateSubnet).Id);
            }
            else
            {
                n.Table([Some.Ipv4DefaultTo(Some.Id("nat")), Some.Ipv6DefaultTo(n.AttachedEgressGateway().Id)], [privateSubnet]);
            }
        }

        await using var ec2 = await Ec2Harness.StartAsync(TestNetwork.Combine(networks));

        var result = await ec2.HandleAsync(SampleEvents.Read("scheduled-sweep.json"));

        Assert.Equal(leaky.Order(), result.Outcomes.SelectMany(o => o.Routes).Select(r => r.RouteTableId).Order());
        // 400 tables at 100 a page, 400 subnets at 1,000, 200 VPCs at 1,000, 180 EIGWs at 255: 4 + 1 + 1 + 1 pages,
        // and the region's BPA options and exclusions once each.
        Assert.Equal(4, ec2.StandIn.Calls.Count("DescribeRouteTables"));
        Assert.Equal(1, ec2.StandIn.Calls.Count("DescribeSubnets"));
        Assert.Equal(1, ec2.StandIn.Calls.Count("DescribeVpcs"));
        Assert.Equal(1, ec2.StandIn.Calls.Count("DescribeEgressOnlyInternetGateways"));
        Assert.Equal(1, ec2.StandIn.Calls.Count("DescribeVpcBlockPublicAccessOptions"));
        Assert.Equal(1, ec2.StandIn.Calls.Count("DescribeVpcBlockPublicAccessExclusions"));
        Assert.Equal(leaky.Count, ec2.StandIn.Calls.Count("CreateEgressOnlyInternetGateway"));
        Assert.Equal(leaky.Count, ec2.StandIn.Calls.Count("ReplaceRoute"));
    }

    private static Dictionary<string, int> CallsByAction(Ec2Harness ec2) =>
        ec2.StandIn.Calls.All.GroupBy(c => c.Action).ToDictionary(g => g.Key, g => g.Count());
}
