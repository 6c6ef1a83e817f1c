using Remediator.Judgement;
using Remediator.Network;
using Remediator.Notifications;
using Remediator.Outcomes;
using Remediator.Planning;
using Remediator.Triggers;

using static Remediator.StandIns.Worlds.NotificationScenarios;

namespace Remediator.Tests.Notifications;

/// <summary>The subject of a sweep's message about many route tables: the tables shorten to a count or to nothing, the VPC and the account never.</summary>
public sealed class NotificationSubjectTests
{
    private static readonly EventOrigin Sweep = Origin with { EventName = "Scheduled Event" };
    private readonly NotificationComposer composer = new(ClassificationRules.Default.Exemption);

    [Fact]
    public void A_sweep_that_detects_many_route_tables_counts_them_in_its_VPC_and_names_the_account()
    {
        var subject = composer.Compose(Sweep, PlanOutcome.NotExecuted(Plan(LeakyTables(12), Mode.Detect)))!.Subject;

        Assert.Equal($"Remediator: IPv6 exposure detected in 12 route tables of {VpcId}, account 111122223333", subject);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(12)]
    [InlineData(99)]
    public void A_sweep_that_remediates_many_route_tables_says_tables_for_short_so_that_the_account_fits(int tables)
    {
        var subject = composer.Compose(Sweep, Executed(Plan(LeakyTables(tables), Mode.Remediate), RouteStatus.Replaced))!.Subject;

        Assert.Equal($"Remediator: IPv6 exposure remediated in {tables} tables of {VpcId}, account 111122223333", subject);
        Assert.InRange(subject.Length, 1, Notification.MaxSubjectLength);
    }

    [Fact]
    public void Shared_route_tables_too_many_to_count_in_the_subject_leave_the_VPC_and_the_account_whole()
    {
        var subject = composer.Compose(Sweep, PlanOutcome.NotExecuted(Plan(LeakyTables(30, withPublicSubnets: true), Mode.Remediate)))!.Subject;

        Assert.Equal($"Remediator: IPv6 exposure on shared route tables in {VpcId}, account 111122223333", subject);
    }

    [Fact]
    public void Failures_in_hundreds_of_route_tables_keep_the_VPC_and_the_account()
    {
        var failure = new Failures.OperationFailure(Failures.FailureKind.AccessDenied, "ec2:ReplaceRoute", "rtb", "UnauthorizedOperation", "no");

        var subject = composer.Compose(Sweep, Executed(Plan(LeakyTables(400), Mode.Remediate), RouteStatus.Failed, failure))!.Subject;

        Assert.Equal($"Remediator: IPv6 exposure NOT remediated in {VpcId}, account 111122223333", subject);
    }

    private static string TableOf(int index) => $"rtb-0b2c3d4e5f60{index:x5}";

    /// <summary>The scenario's VPC with <paramref name="count"/> tables that each send the IPv6 traffic of a private subnet to the IGW.</summary>
    private static NetworkSnapshot LeakyTables(int count, bool withPublicSubnets = false)
    {
        var template = LeakyPrivateTable();
        var privateSubnet = template.Subnets[0];
        List<(int Table, Subnet Subnet)> served =
        [
            .. Enumerable.Range(0, count).Select(i => (i, privateSubnet with { Id = $"subnet-0123456789a{i:x6}" })),
            .. withPublicSubnets
                ? Enumerable.Range(0, count).Select(i => (i, privateSubnet with { Id = $"subnet-0fedcba9876{i:x6}", Tags = Tags.Of(("Tier", "public")) }))
                : [],
        ];
        var tables = Enumerable.Range(0, count).Select(i => template.RouteTables[0] with
        {
            Id = TableOf(i),
            Associations = [.. served.Where(s => s.Table == i).Select(s => new RouteTableAssociation($"rtbassoc-{s.Subnet.Id[7..]}", s.Subnet.Id))],
        });
        return template with { Subnets = [.. served.Select(s => s.Subnet)], RouteTables = [.. tables] };
    }
}
