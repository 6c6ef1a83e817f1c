using Remediator.Failures;
using Remediator.Outcomes;
using Remediator.Planning;

using static Remediator.StandIns.Worlds.NotificationScenarios;

namespace Remediator.Tests.Outcomes;

/// <summary>What became of each table and route is concluded once, in the outcome, for every reader.</summary>
public sealed class TableOutcomeTests
{
    private static readonly OperationFailure Refused = new(FailureKind.AccessDenied, "ec2:ReplaceRoute", TableId, "UnauthorizedOperation", "not allowed");

    [Fact]
    public void A_replaced_route_closes_the_table_and_is_reported_as_remediated()
    {
        var table = Executed(Plan(LeakyPrivateTable(withEigw: true), Mode.Remediate), RouteStatus.Replaced).Tables.Single();

        Assert.Equal(RouteStatus.Replaced, Assert.Single(table.Routes).Status);
        Assert.Equal(ReplacedAt, table.Routes[0].ReplacedAt);
        Assert.False(table.StaysOpen);
        Assert.Equal(NotificationOutcome.Remediated, table.Reported);
    }

    [Fact]
    public void A_failed_replacement_leaves_the_table_open_and_carries_the_failure()
    {
        var table = Executed(Plan(LeakyPrivateTable(), Mode.Remediate), RouteStatus.Failed, Refused).Tables.Single();

        Assert.Equal(Refused, Assert.Single(table.Routes).Failure);
        Assert.True(table.StaysOpen);
        Assert.Equal(NotificationOutcome.Failed, table.Reported);
    }

    [Fact]
    public void A_route_gone_since_the_event_is_not_left_open()
    {
        var table = Executed(Plan(LeakyPrivateTable(), Mode.Remediate), RouteStatus.Gone).Tables.Single();

        Assert.False(table.StaysOpen);
        Assert.Equal(NotificationOutcome.Remediated, table.Reported);
    }

    [Fact]
    public void In_detect_mode_every_route_is_planned_towards_the_existing_gateway_and_stays_open()
    {
        var table = PlanOutcome.NotExecuted(Plan(LeakyPrivateTable(withEigw: true), Mode.Detect)).Tables.Single();

        var route = Assert.Single(table.Routes);
        Assert.Equal(RouteStatus.Planned, route.Status);
        Assert.Equal(EigwId, route.GatewayId);
        Assert.True(table.StaysOpen);
        Assert.Equal(NotificationOutcome.Detected, table.Reported);
    }

    [Fact]
    public void A_planned_route_of_a_VPC_without_a_gateway_names_none_yet()
    {
        var route = PlanOutcome.NotExecuted(Plan(LeakyPrivateTable(), Mode.Detect)).Tables.Single().Routes.Single();

        Assert.Null(route.GatewayId);
    }

    [Fact]
    public void A_table_shared_with_a_public_subnet_is_unchanged_and_stays_open()
    {
        var table = PlanOutcome.NotExecuted(Plan(LeakyPrivateTable(withPublicSubnet: true), Mode.Remediate)).Tables.Single();

        Assert.Equal(DecisionKind.NeedsDedicatedRouteTable, table.Decision.Kind);
        Assert.Equal(RouteStatus.Unchanged, Assert.Single(table.Routes).Status);
        Assert.True(table.StaysOpen);
        Assert.Equal(NotificationOutcome.NeedsDedicatedRouteTable, table.Reported);
    }

    [Theory]
    [InlineData(NotificationOutcome.Remediated, "remediated")]
    [InlineData(NotificationOutcome.Detected, "detected")]
    [InlineData(NotificationOutcome.NeedsDedicatedRouteTable, "needs-dedicated-route-table")]
    [InlineData(NotificationOutcome.Failed, "failed")]
    public void An_outcome_has_one_wire_name(NotificationOutcome outcome, string wireName) => Assert.Equal(wireName, outcome.WireName());

    [Theory]
    [InlineData(DecisionKind.ReplaceRoutes, "replace-routes")]
    [InlineData(DecisionKind.NeedsDedicatedRouteTable, "needs-dedicated-route-table")]
    [InlineData(DecisionKind.LeftExempt, "left-exempt")]
    public void A_decision_has_one_wire_name(DecisionKind kind, string wireName) => Assert.Equal(wireName, kind.WireName());

    [Theory]
    [InlineData("detect", Mode.Detect)]
    [InlineData("REMEDIATE", Mode.Remediate)]
    [InlineData(" Remediate ", Mode.Remediate)]
    public void A_wire_name_reads_back_whatever_its_case(string text, Mode expected)
    {
        Assert.True(WireNames.TryParse<Mode>(text, out var mode));
        Assert.Equal(expected, mode);
    }

    [Fact]
    public void An_unknown_wire_name_is_not_read_as_any_value() => Assert.False(WireNames.TryParse<Mode>("fix", out _));
}
