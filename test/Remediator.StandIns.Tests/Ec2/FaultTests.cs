using System.Net;
using Amazon.EC2;
using Amazon.EC2.Model;
using Microsoft.Extensions.Time.Testing;

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
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot(), clock: clock);
        ec2.StandIn.Faults.Delay(TimeSpan.FromMilliseconds(300), "DescribeVpcs");

        var delayed = ec2.Client.DescribeVpcsAsync(new DescribeVpcsRequest());
        await ec2.Client.DescribeSubnetsAsync(new DescribeSubnetsRequest());
        var answeredWithTheClockStopped = delayed.IsCompleted;
        var advanced = TimeSpan.Zero;
        while (!delayed.IsCompleted)
        {
            clock.Advance(TimeSpan.FromMilliseconds(50));
            advanced += TimeSpan.FromMilliseconds(50);
            await Task.WhenAny(delayed, Task.Delay(TimeSpan.FromMilliseconds(10))); // only to let the stand-in run
        }

        await delayed;
        Assert.False(answeredWithTheClockStopped);
        Assert.True(advanced >= TimeSpan.FromMilliseconds(300), $"answered after {advanced} of the stand-in's time");
    }

    [Fact]
    public async Task A_held_action_waits_at_the_gate_while_other_actions_are_answered()
    {
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot());
        ec2.StandIn.Gate.Hold("DescribeVpcs");

        var held = ec2.Client.DescribeVpcsAsync(new DescribeVpcsRequest());
        await ec2.StandIn.Gate.WaitForHeldAsync(1);
        await ec2.Client.DescribeSubnetsAsync(new DescribeSubnetsRequest());
        var answeredWhileHeld = held.IsCompleted;
        var released = ec2.StandIn.Gate.Release();
        await held;
        await ec2.Client.DescribeSubnetsAsync(new DescribeSubnetsRequest());

        Assert.False(answeredWhileHeld);
        Assert.Equal(1, released);
        Assert.Equal(
            [("DescribeVpcs", 1, 200), ("DescribeSubnets", 1, 200), ("DescribeSubnets", 2, 200)],
            ec2.StandIn.Calls.All.Select(c => (c.Action, c.Round, c.Status)));
    }
}
