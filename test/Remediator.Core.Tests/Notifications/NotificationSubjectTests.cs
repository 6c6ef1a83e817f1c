using Remediator.Network;
using Remediator.Notifications;
using Remediator.Outcomes;
using Remediator.Planning;

using static Remediator.StandIns.Worlds.NotificationScenarios;

namespace Remediator.Tests.Notifications;

/// <summary>The subject of a sweep's message about many route tables: the list shortens, the VPC and the account never.</summary>
public sealed class NotificationSubjectTests
{
    private static readonly EventOrigin Sweep = Origin with { EventName = "Scheduled Event" };
    private readonly NotificationComposer composer = new(Judgement.ClassificationRules.Default.Exemption);

    [Theory]
    [InlineData(3)]
    [InlineData(12)]
    [InlineData(400)]
    public void A_sweep_that_remediates_many_route_tables_names_the_first_ones_and_counts_the_rest(int tables)
    {
        var subject = composer.Compose(Sweep, Executed(Plan(LeakyTables(tables), Mode.Remediate), RouteStatus.Replaced))!.Subject;

        Assert.InRange(subject.Length, 1, Notification.MaxSubjectLength);
        Assert.StartsWith($"Remediator: IPv6 exposure remediated in {TableOf(0)}, {TableOf(1)}", subject, StringComparison.Ordinal);
        Assert.Matches($@" and \d+ more of {VpcId}, account 111122223333$", subject);
    }

    [Fact]
    public void Two_route_tables_are_both_named()
    {
        var subject = composer.Compose(Sweep, PlanOutcome.NotExecuted(Plan(LeakyTables(2), Mode.Detect)))!.Subject;

        Assert.Equal($"Remediator: IPv6 exposure detected in {TableOf(0)} and {TableOf(1)} of {VpcId}, account 111122223333", subject);
    }

    [Fact]
    public void Shared_route_tables_too_long_to_list_leave_the_VPC_and_the_account_whole()
    {
        var subject = composer.Compose(Sweep, PlanOutcome.NotExecuted(Plan(LeakyTables(30, withPublicSubnets: true), Mode.Remediate)))!.Subject;

        Assert.Equal($"Remediator: IPv6 exposure on shared route tables in {VpcId}, account 111122223333", subject);
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
