using Remediator.Judgement;
using Remediator.Network;
using Remediator.StandIns.Harnesses;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Worlds;
using Remediator.Telemetry;

namespace Remediator.Ec2.Tests;

/// <summary>
/// The region's VPC Block Public Access, read beside the VPC in the second round: it sets a finding's
/// severity and never its fix, and when it cannot be read the finding says "unknown" and nothing else changes.
/// </summary>
public sealed class BlockPublicAccessTests
{
    [Fact]
    public async Task Under_block_ingress_the_route_is_still_replaced_and_the_finding_says_the_internet_was_kept_out()
    {
        var (network, table) = Leaky();
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());
        ec2.World.Put(new KnownBlockPublicAccess(InternetGatewayBlockMode.BlockIngress, false, true, []));

        var result = await ec2.HandleAsync(SampleEvents.CreateRoute(table.Id));

        Assert.Equal(1, ec2.StandIn.Calls.Count("ReplaceRoute"));
        var subnet = Assert.Single(Assert.Single(result.Outcomes).Plan.Decisions).Subnets.Single();
        Assert.Equal(InboundIpv6.Blocked, subnet.Inbound.State);
        var notification = Assert.Single(ec2.Doubles.Publisher.Published);
        Assert.Contains(new KeyValuePair<string, string>("severity", "low"), notification.Attributes);
    }

    [Fact]
    public async Task An_exclusion_EC2_reports_by_its_ARN_lets_the_internet_reach_the_subnet_it_names()
    {
        var (network, table) = Leaky();
        var subnetId = network.Snapshot().Subnets.Single().Id;
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());
        ec2.World.Put(new KnownBlockPublicAccess(
            InternetGatewayBlockMode.BlockBidirectional,
            false,
            true,
            [new BlockPublicAccessExclusion("vpcbpa-exclude-0a1b2c3d4e5f60718", InternetGatewayExclusionMode.AllowBidirectional, subnetId, "create-complete")]));

        var result = await ec2.HandleAsync(SampleEvents.CreateRoute(table.Id));

        var subnet = Assert.Single(Assert.Single(result.Outcomes).Plan.Decisions).Subnets.Single();
        Assert.Equal(InboundIpv6.Reachable, subnet.Inbound.State);
        Assert.Contains("vpcbpa-exclude-0a1b2c3d4e5f60718", subnet.Inbound.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DescribeVpcBlockPublicAccessOptions", 403, "UnauthorizedOperation")]
    [InlineData("DescribeVpcBlockPublicAccessExclusions", 400, "InvalidAction")]
    [InlineData("DescribeVpcBlockPublicAccessOptions", 500, "InternalError")]
    public async Task When_BPA_cannot_be_read_the_exposure_is_still_fixed_the_finding_says_unknown_and_the_log_says_why_once(
        string action, int status, string code)
    {
        var (network, table) = Leaky();
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());
        ec2.StandIn.Faults.FailNext(10, status, code, action);

        var result = await ec2.HandleAsync(SampleEvents.CreateRoute(table.Id));

        Assert.False(result.MustRetry);
        Assert.Equal(1, ec2.StandIn.Calls.Count("ReplaceRoute"));
        var subnet = Assert.Single(Assert.Single(result.Outcomes).Plan.Decisions).Subnets.Single();
        Assert.Equal(InboundIpv6.Unknown, subnet.Inbound.State);
        Assert.Contains(code, subnet.Inbound.Reason, StringComparison.Ordinal);
        var warning = Assert.Single(ec2.Doubles.Log.Records, r => r.Message.StartsWith("VPC Block Public Access of eu-west-1 is unknown", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warn, warning.Level);
        Assert.Contains(new KeyValuePair<string, string>("severity", "medium"), Assert.Single(ec2.Doubles.Publisher.Published).Attributes);
    }

    [Fact]
    public async Task A_shared_table_reported_as_kept_out_by_BPA_is_reported_again_as_reachable_once_BPA_is_turned_off()
    {
        var network = new TestNetwork();
        network.LeakyTable(network.PrivateSubnet(), network.PublicSubnet());
        network.AttachedEgressGateway();
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());
        ec2.World.Put(new KnownBlockPublicAccess(InternetGatewayBlockMode.BlockIngress, false, true, []));
        await ec2.HandleAsync(SampleEvents.Read("scheduled-sweep.json"));

        ec2.World.Put(new KnownBlockPublicAccess(InternetGatewayBlockMode.Off, false, true, []));
        var result = await ec2.HandleAsync(SampleEvents.Read("modify-vpc-block-public-access-options-off.json"));

        Assert.Equal(0, ec2.MutatingCalls);
        var notifications = ec2.Doubles.Publisher.Published;
        Assert.Equal(2, notifications.Count);
        Assert.Contains(new KeyValuePair<string, string>("severity", "low"), notifications[0].Attributes);
        Assert.Contains(new KeyValuePair<string, string>("severity", "high"), notifications[1].Attributes);
        Assert.Single(result.Outcomes);
        Assert.Contains("\"name\": \"ModifyVpcBlockPublicAccessOptions\"", notifications[1].DocumentJson, StringComparison.Ordinal);
    }

    private static (TestNetwork Network, RouteTable Table) Leaky()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        network.AttachedEgressGateway();
        return (network, table);
    }
}
