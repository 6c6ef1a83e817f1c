using System.Text.Json.Nodes;
using Remediator.Failures;
using Remediator.Handling;
using Remediator.Judgement;
using Remediator.Network;
using Remediator.Outcomes;
using Remediator.Planning;
using Remediator.StandIns.Doubles;
using Remediator.StandIns.Worlds;
using Remediator.Triggers;

namespace Remediator.Handling.Tests.Handling;

public sealed class RemediationHandlerTests
{
    [Fact]
    public async Task An_event_judged_from_its_payload_makes_no_read_and_no_change()
    {
        var (handler, reader, executor) = Handler(new TestNetwork().Snapshot(), Mode.Remediate);

        var result = await handler.HandleAsync(EventJson.CreateRoute("destinationCidrBlock", "0.0.0.0/0", "gatewayId", "igw-0c3d4e5f60718293a").ToJsonString(), default);

        Assert.IsType<Ignored>(result.Event);
        Assert.Empty(reader.Reads);
        Assert.Empty(executor.Executed);
    }

    [Fact]
    public async Task A_malformed_event_is_returned_as_rejected_without_any_read()
    {
        var (handler, reader, _) = Handler(new TestNetwork().Snapshot(), Mode.Remediate);

        var result = await handler.HandleAsync("{not json", default);

        Assert.IsType<Rejected>(result.Event);
        Assert.Empty(reader.Reads);
    }

    [Fact]
    public async Task A_leaky_table_is_read_within_the_event_scope_and_its_plan_executed()
    {
        var (network, table) = LeakyNetwork();
        var (handler, reader, executor) = Handler(network.Snapshot(), Mode.Remediate);

        var result = await handler.HandleAsync(RouteEvent(table.Id), default);

        Assert.Equal<RecheckScope>([new RouteTableScope(table.Id)], Assert.Single(reader.Reads));
        Assert.Equal(table.Id, Assert.Single(Assert.Single(executor.Executed).Decisions).Table.Id);
        Assert.Equal(RouteStatus.Replaced, Assert.Single(Assert.Single(result.Outcomes).Routes).Status);
        Assert.False(result.MustRetry);
    }

    [Fact]
    public async Task Detect_mode_reports_the_plan_and_makes_no_change()
    {
        var (network, table) = LeakyNetwork();
        var (handler, _, executor) = Handler(network.Snapshot(), Mode.Detect);

        var result = await handler.HandleAsync(RouteEvent(table.Id), default);

        Assert.Empty(executor.Executed);
        var outcome = Assert.Single(result.Outcomes);
        Assert.False(outcome.WasExecuted);
        Assert.IsType<ReplaceRoutes>(Assert.Single(outcome.Plan.Decisions));
    }

    [Fact]
    public async Task A_compliant_network_yields_no_plan_and_so_nothing_to_report()
    {
        var network = new TestNetwork();
        var table = network.Table([Some.Ipv6DefaultTo(Some.Id("eigw"))], [network.PrivateSubnet()]);
        var (handler, _, executor) = Handler(network.Snapshot(), Mode.Remediate);

        var result = await handler.HandleAsync(RouteEvent(table.Id), default);

        Assert.Empty(result.Outcomes);
        Assert.Empty(executor.Executed);
    }

    [Theory]
    [InlineData(FailureKind.Transient, true)]
    [InlineData(FailureKind.AccessDenied, false)]
    [InlineData(FailureKind.Permanent, false)]
    public async Task Only_a_transient_failure_asks_for_the_invocation_to_be_retried(FailureKind kind, bool mustRetry)
    {
        var (network, table) = LeakyNetwork();
        var failure = new OperationFailure(kind, "ec2:ReplaceRoute", table.Id, "Code", "message");
        var handler = new HandlerDoubles().Handler(
            new RecordingNetworkReader(network.Snapshot()), new RecordingPlanExecutor(RouteStatus.Failed, failure), Mode.Remediate);

        var result = await handler.HandleAsync(RouteEvent(table.Id), default);

        Assert.Equal(mustRetry, result.MustRetry);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_metrics_of_an_event_are_written_once_whether_it_is_judged_or_ignored(bool leaky)
    {
        var (network, table) = LeakyNetwork();
        var doubles = new HandlerDoubles();
        var handler = doubles.Handler(new RecordingNetworkReader(network.Snapshot()), new RecordingPlanExecutor(), Mode.Remediate);
        var json = leaky ? RouteEvent(table.Id) : EventJson.CreateRoute("destinationCidrBlock", "0.0.0.0/0", "gatewayId", "igw-0c3d4e5f60718293a").ToJsonString();

        await handler.HandleAsync(json, default);

        Assert.Equal(1, doubles.Metrics.Flushes);
    }

    [Fact]
    public async Task The_decision_log_holds_values_in_wire_names_not_record_text()
    {
        var (network, table) = LeakyNetwork();
        var doubles = new HandlerDoubles();
        var handler = doubles.Handler(new RecordingNetworkReader(network.Snapshot()), new RecordingPlanExecutor(), Mode.Detect);

        await handler.HandleAsync(RouteEvent(table.Id), default);

        var fields = doubles.Log.Records.SelectMany(r => r.Fields).ToLookup(f => f.Key, f => f.Value);
        Assert.Equal($"route-table:{table.Id}", Assert.Single(fields["scopes"]));
        Assert.Equal("replace-routes", Assert.Single(fields["decision"]));
        Assert.Equal("detect", Assert.Single(fields["mode"]));
        Assert.Equal("planned", Assert.Single(fields["status"]));
        Assert.DoesNotContain(fields.SelectMany(f => f), value => value?.Contains(" { ", StringComparison.Ordinal) == true);
    }

    private static (TestNetwork Network, RouteTable Table) LeakyNetwork()
    {
        var network = new TestNetwork();
        return (network, network.LeakyTable(network.PrivateSubnet()));
    }

    private static string RouteEvent(string tableId)
    {
        var json = EventJson.Ipv6RouteToIgw();
        json.Request()["routeTableId"] = JsonValue.Create(tableId);
        return json.ToJsonString();
    }

    private static (RemediationHandler, RecordingNetworkReader, RecordingPlanExecutor) Handler(NetworkSnapshot snapshot, Mode mode)
    {
        var reader = new RecordingNetworkReader(snapshot);
        var executor = new RecordingPlanExecutor();
        return (new HandlerDoubles().Handler(reader, executor, mode), reader, executor);
    }
}
