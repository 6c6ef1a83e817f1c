using Remediator.Aws.Accounts;
using Remediator.Aws.Connections;
using Remediator.Ports;
using Remediator.StandIns.Ec2;
using Remediator.StandIns.Hosting;
using Remediator.StandIns.Signing;
using Remediator.StandIns.Worlds;
using Remediator.Triggers;

namespace Remediator.Ec2.Tests;

/// <summary>
/// Connections opened at init, ahead of the first event: how many, that they reach no API, that the event's
/// calls use them, and that a warm-up that cannot connect only says so.
/// </summary>
public sealed class ConnectionWarmUpTests
{
    private const string FunctionArn = "arn:aws:lambda:eu-west-1:111122223333:function:remediator";

    [Fact]
    public async Task Warming_up_opens_the_connections_asked_for_and_makes_no_EC2_call()
    {
        var timeline = new NetworkTimeline();
        await using var ec2 = await Ec2StandIn.StartAsync(new Ec2World(new TestNetwork().Snapshot()), transport: new ServerTransport(Timeline: timeline));
        using var transport = AwsTransport.Create();

        var outcome = await ConnectionWarmUp.OpenAsync(transport, ec2.Url, 5, TimeSpan.FromSeconds(30));

        Assert.Null(outcome.Failure);
        Assert.Equal(5, outcome.Statuses.Count);
        Assert.Equal(5, timeline.All.Count(e => e.Kind == NetworkIntervalKind.ConnectionSetUp));
        Assert.Empty(ec2.Calls.All);
    }

    [Fact]
    public async Task The_first_event_s_reads_in_the_home_region_use_the_warmed_connections()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        var timeline = new NetworkTimeline();
        await using var ec2 = await Ec2StandIn.StartAsync(new Ec2World(network.Snapshot()), transport: new ServerTransport(Timeline: timeline));
        using var access = new Ec2NetworkAccess(
            () => FunctionArn, "eu-west-1", members: null, TimeProvider.System, ownCredentials: StandInCredentials.Basic(), serviceUrl: ec2.Url);

        var outcome = await access.WarmUpAsync(5, TimeSpan.FromSeconds(30));
        var connection = await access.OpenAsync(new NetworkLocation("111122223333", "eu-west-1"), CancellationToken.None);
        var snapshot = await connection.Reader.ReadAsync([new RouteTableScope(table.Id)], CancellationToken.None);

        Assert.Null(outcome.Failure);
        Assert.Equal(ec2.Url, outcome.Endpoint);
        Assert.Contains(snapshot.RouteTables, t => t.Id == table.Id);
        // Round two reads five things side by side: each found a connection already open.
        Assert.True(ec2.Calls.All.Count >= 6, $"{ec2.Calls.All.Count} EC2 calls");
        Assert.Equal(5, timeline.All.Count(e => e.Kind == NetworkIntervalKind.ConnectionSetUp));
    }

    [Fact]
    public async Task A_member_account_s_event_in_the_home_region_reads_through_the_same_warmed_connections()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        var timeline = new NetworkTimeline();
        await using var ec2 = await Ec2StandIn.StartAsync(new Ec2World(new TestNetwork().Snapshot()), transport: new ServerTransport(Timeline: timeline));
        await using var member = await MemberAccountStandIns.StartAsync(StandInCredentials.Default, ec2, network.Snapshot());
        using var access = new Ec2NetworkAccess(
            () => FunctionArn,
            "eu-west-1",
            MemberCredentials.Create("eu-west-1", new MemberRole(MemberAccountStandIns.RoleName, ExternalId: null), TimeProvider.System, serviceUrl: member.Sts.Url, credentials: StandInCredentials.Basic()),
            TimeProvider.System,
            ownCredentials: StandInCredentials.Basic(),
            serviceUrl: ec2.Url);

        await access.WarmUpAsync(5, TimeSpan.FromSeconds(30));
        var connection = await access.OpenAsync(new NetworkLocation(MemberAccountStandIns.Account, "eu-west-1"), CancellationToken.None);
        var snapshot = await connection.Reader.ReadAsync([new RouteTableScope(table.Id)], CancellationToken.None);

        Assert.Contains(snapshot.RouteTables, t => t.Id == table.Id);
        Assert.Equal(5, timeline.All.Count(e => e.Kind == NetworkIntervalKind.ConnectionSetUp));
    }

    [Fact]
    public async Task A_warm_up_that_cannot_connect_says_why_and_throws_nothing()
    {
        // A port just released: nothing listens on it.
        Uri closed;
        await using (var server = await LoopbackServer.StartAsync(_ => Task.CompletedTask))
        {
            closed = server.Url;
        }

        using var transport = AwsTransport.Create();

        var outcome = await ConnectionWarmUp.OpenAsync(transport, closed, 2, TimeSpan.FromSeconds(30));

        Assert.NotNull(outcome.Failure);
        Assert.Empty(outcome.Statuses);
        Assert.Equal(closed, outcome.Endpoint);
    }
}
