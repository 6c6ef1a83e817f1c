using Remediator.Failures;
using Remediator.Network;
using Remediator.Outcomes;
using Remediator.StandIns.Harnesses;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Worlds;

namespace Remediator.Ec2.Tests;

/// <summary>EC2 failing the way it does in real life: throttling, 5xx, refusals, races.</summary>
public sealed class FaultTests
{
    [Fact]
    public async Task Throttling_on_the_first_try_of_every_call_still_remediates()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());
        foreach (var action in new[] { "DescribeRouteTables", "DescribeSubnets", "DescribeVpcs", "DescribeEgressOnlyInternetGateways", "CreateEgressOnlyInternetGateway", "ReplaceRoute" })
        {
            ec2.StandIn.Faults.ThrottleNext(1, action);
        }

        var result = await ec2.HandleAsync(SampleEvents.CreateRoute(table.Id));

        Assert.Equal(RouteStatus.Replaced, Assert.Single(Assert.Single(result.Outcomes).Routes).Status);
        Assert.Equal(2, ec2.StandIn.Calls.Count("ReplaceRoute"));
        Assert.False(result.MustRetry);
    }

    [Fact]
    public async Task A_persistent_5xx_on_ReplaceRoute_fails_the_invocation_as_retryable()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        network.AttachedEgressGateway();
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());
        ec2.StandIn.Faults.FailNext(100, 500, "InternalError", "ReplaceRoute");

        var result = await ec2.HandleAsync(SampleEvents.CreateRoute(table.Id));

        var route = Assert.Single(Assert.Single(result.Outcomes).Routes);
        Assert.Equal(RouteStatus.Failed, route.Status);
        Assert.Equal(FailureKind.Transient, route.Failure?.Kind);
        Assert.True(result.MustRetry);
        Assert.Equal(Remediator.Aws.AwsClientDefaults.MaxAttempts, ec2.StandIn.Calls.Count("ReplaceRoute"));
    }

    [Fact]
    public async Task Persistent_throttling_while_reading_fails_the_invocation_with_a_transient_error()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());
        ec2.StandIn.Faults.ThrottleNext(100, "DescribeRouteTables");

        var error = await Assert.ThrowsAsync<OperationFailedException>(() => ec2.HandleAsync(SampleEvents.CreateRoute(table.Id)));

        Assert.Equal(FailureKind.Transient, error.Failure.Kind);
        Assert.Equal("RequestLimitExceeded", error.Failure.Code);
        Assert.Equal(0, ec2.MutatingCalls);
    }

    [Fact]
    public async Task An_unauthorized_ReplaceRoute_names_the_action_and_the_resource()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        network.AttachedEgressGateway();
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());
        ec2.StandIn.Faults.FailNext(1, 403, "UnauthorizedOperation", "ReplaceRoute");

        var result = await ec2.HandleAsync(SampleEvents.CreateRoute(table.Id));

        var failure = Assert.Single(Assert.Single(result.Outcomes).Routes).Failure;
        Assert.NotNull(failure);
        Assert.Equal(FailureKind.AccessDenied, failure.Kind);
        Assert.StartsWith($"ec2:ReplaceRoute on {table.Id} ::/0 failed with UnauthorizedOperation", failure.Description, StringComparison.Ordinal);
        Assert.False(result.MustRetry);
    }

    [Fact]
    public async Task An_EIGW_deleted_between_the_read_and_the_ReplaceRoute_leaves_the_route_failed_and_the_invocation_retryable()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        var gateway = network.AttachedEgressGateway();
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());
        ec2.StandIn.Faults.BeforeNext("ReplaceRoute", w => w.RemoveEgressOnlyInternetGateway(gateway.Id));

        var result = await ec2.HandleAsync(SampleEvents.CreateRoute(table.Id));

        // Found by the chaos campaign: it was reported Gone (as if the route had been deleted), and nobody retried.
        var route = Assert.Single(Assert.Single(result.Outcomes).Routes);
        Assert.Equal((RouteStatus.Failed, FailureKind.Transient), (route.Status, route.Failure?.Kind));
        Assert.True(result.MustRetry);
        Assert.Equal(network.InternetGatewayId, ec2.World.Ipv6DefaultTarget(table.Id));
    }

    [Fact]
    public async Task A_route_table_deleted_between_the_read_and_the_ReplaceRoute_is_gone()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        network.AttachedEgressGateway();
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());
        ec2.StandIn.Faults.BeforeNext("ReplaceRoute", w => w.RemoveRouteTable(table.Id));

        var result = await ec2.HandleAsync(SampleEvents.CreateRoute(table.Id));

        Assert.Equal(RouteStatus.Gone, Assert.Single(Assert.Single(result.Outcomes).Routes).Status);
        Assert.False(result.MustRetry);
    }

    [Fact]
    public async Task One_route_failing_does_not_stop_the_others()
    {
        var network = new TestNetwork();
        var table = network.Table(
            [Some.Ipv4DefaultTo(Some.Id("nat")), Some.Ipv6DefaultTo(network.InternetGatewayId), new Route(RouteDestination.Ipv6("2000::/3"), new RouteTarget(network.InternetGatewayId))],
            [network.PrivateSubnet()]);
        network.AttachedEgressGateway();
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());
        ec2.StandIn.Faults.FailNext(1, 400, "RouteLimitExceeded", "ReplaceRoute");

        var result = await ec2.HandleAsync(SampleEvents.CreateRoute(table.Id));

        var statuses = Assert.Single(result.Outcomes).Routes.Select(r => r.Status).Order().ToList();
        Assert.Equal([RouteStatus.Replaced, RouteStatus.Failed], statuses);
    }

    [Fact]
    public async Task Eight_concurrent_invocations_for_one_VPC_end_with_one_EIGW_and_every_route_fixed()
    {
        var network = new TestNetwork();
        var tables = Enumerable.Range(0, 8).Select(_ => network.LeakyTable(network.PrivateSubnet())).ToList();
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());
        ec2.StandIn.Faults.Delay(TimeSpan.FromMilliseconds(50), "CreateEgressOnlyInternetGateway");

        var results = await Task.WhenAll(tables.Select(t => ec2.HandleAsync(SampleEvents.CreateRoute(t.Id))));

        var after = ec2.World.Snapshot();
        var gateway = Assert.Single(after.EgressOnlyInternetGateways);
        Assert.All(tables, t => Assert.Equal(
            gateway.Id, after.RouteTables.Single(a => a.Id == t.Id).Routes.Single(r => r.Destination.IsIpv6 && r.Destination.Value == "::/0").Target.Id));
        Assert.All(results, r => Assert.Equal(RouteStatus.Replaced, Assert.Single(Assert.Single(r.Outcomes).Routes).Status));
    }
}
