using System.Diagnostics;
using System.Net;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Remediator.StandIns.Tests.Ec2;

public sealed class FaultTests
{
    [Fact]
    public async Task A_throttled_call_is_retried_by_the_SDK_and_both_attempts_are_logged()
    {
        var vpc = new TestVpc();
        vpc.Table([], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot(), retries: 1);
        ec2.StandIn.Faults.ThrottleNext(1);

        var answer = await ec2.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest());

        Assert.Single(answer.RouteTables);
        var calls = ec2.StandIn.Calls.Of("DescribeRouteTables");
        Assert.Equal(2, calls.Count);
        Assert.Equal((503, "RequestLimitExceeded", true), (calls[0].Status, calls[0].ErrorCode, calls[0].Injected));
        Assert.Equal((200, null, false), (calls[1].Status, calls[1].ErrorCode, calls[1].Injected));
    }

    [Fact]
    public async Task Throttling_without_retries_surfaces_RequestLimitExceeded_with_status_503()
    {
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot());
        ec2.StandIn.Faults.ThrottleNext(1, "DescribeSubnets");

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.Client.DescribeSubnetsAsync(new DescribeSubnetsRequest()));

        Assert.Equal(("RequestLimitExceeded", HttpStatusCode.ServiceUnavailable), (error.ErrorCode, error.StatusCode));
        await ec2.Client.DescribeSubnetsAsync(new DescribeSubnetsRequest());
    }

    [Fact]
    public async Task FailNext_answers_a_500_InternalError()
    {
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot());
        ec2.StandIn.Faults.FailNext(1);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.Client.DescribeVpcsAsync(new DescribeVpcsRequest()));

        Assert.Equal(("InternalError", HttpStatusCode.InternalServerError), (error.ErrorCode, error.StatusCode));
    }

    [Fact]
    public async Task A_500_is_retried_by_the_SDK_like_throttling()
    {
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot(), retries: 1);
        ec2.StandIn.Faults.FailNext(1, action: "DescribeVpcs");

        await ec2.Client.DescribeVpcsAsync(new DescribeVpcsRequest());

        Assert.Equal([500, 200], ec2.StandIn.Calls.All.Select(c => c.Status));
    }

    [Fact]
    public async Task FailNext_can_deny_a_call_with_UnauthorizedOperation_403()
    {
        var vpc = new TestVpc();
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());
        ec2.StandIn.Faults.FailNext(1, 403, "UnauthorizedOperation", "CreateEgressOnlyInternetGateway");

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.Client.CreateEgressOnlyInternetGatewayAsync(new CreateEgressOnlyInternetGatewayRequest { VpcId = vpc.Id }));

        Assert.Equal(("UnauthorizedOperation", HttpStatusCode.Forbidden), (error.ErrorCode, error.StatusCode));
        Assert.Empty(ec2.StandIn.World.Snapshot().EgressOnlyInternetGateways);
    }

    [Fact]
    public async Task A_fault_for_one_action_leaves_the_other_actions_alone()
    {
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot());
        ec2.StandIn.Faults.FailNext(2, action: "ReplaceRoute");

        await ec2.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest());
        await ec2.Client.DescribeSubnetsAsync(new DescribeSubnetsRequest());

        Assert.All(ec2.StandIn.Calls.All, call => Assert.False(call.Injected));
    }

    [Fact]
    public async Task BeforeNext_makes_a_table_disappear_between_a_describe_and_a_replace()
    {
        var vpc = new TestVpc();
        var gateway = vpc.EgressGateway();
        var table = vpc.Table([Some.Route("::/0", "igw-0123456789abcdef0")], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());
        ec2.StandIn.Faults.BeforeNext("ReplaceRoute", world => world.RemoveRouteTable(table.Id));

        await ec2.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { RouteTableIds = [table.Id] });
        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.Client.ReplaceRouteAsync(new ReplaceRouteRequest
        {
            RouteTableId = table.Id,
            DestinationIpv6CidrBlock = "::/0",
            EgressOnlyInternetGatewayId = gateway.Id,
        }));

        Assert.Equal("InvalidRouteTableID.NotFound", error.ErrorCode);
        Assert.Empty(ec2.StandIn.World.Snapshot().RouteTables);
    }

    [Fact]
    public async Task Delay_holds_the_answer_back_for_the_chosen_action_only()
    {
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot());
        ec2.StandIn.Faults.Delay(TimeSpan.FromMilliseconds(300), "DescribeVpcs");
        await ec2.Client.DescribeSubnetsAsync(new DescribeSubnetsRequest()); // the first call of a client pays for JIT and connecting

        var watch = Stopwatch.StartNew();
        await ec2.Client.DescribeVpcsAsync(new DescribeVpcsRequest());
        var delayed = watch.Elapsed;
        watch.Restart();
        await ec2.Client.DescribeSubnetsAsync(new DescribeSubnetsRequest());
        var undelayed = watch.Elapsed;

        Assert.True(delayed >= TimeSpan.FromMilliseconds(290), $"answered after {delayed}");
        Assert.True(undelayed < TimeSpan.FromMilliseconds(290), $"answered after {undelayed}");
    }
}
