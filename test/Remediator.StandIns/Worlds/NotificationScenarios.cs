using Remediator.Failures;
using Remediator.Judgement;
using Remediator.Network;
using Remediator.Outcomes;
using Remediator.Planning;
using Remediator.Triggers;

namespace Remediator.StandIns.Worlds;

/// <summary>
/// Fixed worlds with fixed ids and times, so that rendered messages can be compared byte for byte: the
/// private table rtb-0b2c… of the sample events, made leaky by alice's CreateRoute at 10:00:00 UTC.
/// </summary>
public static class NotificationScenarios
{
    public const string VpcId = "vpc-0a1b2c3d4e5f60718";
    public const string TableId = "rtb-0b2c3d4e5f6071829";
    public const string IgwId = "igw-0c3d4e5f60718293a";
    public const string EigwId = "eigw-0d4e5f60718293a4b";

    public static readonly EventOrigin Origin = new(
        "CreateRoute",
        "0b4a1f4e-5c2d-4e7f-9a1b-3c5d7e9f1a2b",
        new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero),
        "111122223333",
        "eu-west-1",
        new Actor("AssumedRole", "arn:aws:sts::111122223333:assumed-role/platform-admin/alice", "AROAEXAMPLE:alice", null),
        "203.0.113.24",
        "aws-cli/2.17.0 md/command#ec2.create-route");

    public static readonly DateTimeOffset ReplacedAt = new(2026, 11, 27, 10, 0, 4, 250, TimeSpan.Zero);

    /// <summary>VPC Block Public Access as most regions have it: off.</summary>
    public static readonly KnownBlockPublicAccess BlockPublicAccessOff = new(InternetGatewayBlockMode.Off, false, true, []);

    public static NetworkSnapshot LeakyPrivateTable(bool withPublicSubnet = false, bool withEigw = false, BlockPublicAccess? bpa = null) => new(
        [new Vpc(VpcId, Tags.None)],
        [
            Subnet("subnet-0123456789abcdef0", 0, Tags.Of(("Name", "app-private-1a"), ("Tier", "private"))),
            Subnet("subnet-0123456789abcdef1", 1, Tags.Of(("Name", "app-private-1b"))),
            .. withPublicSubnet ? [Subnet("subnet-0123456789abcdef2", 2, Tags.Of(("Name", "web-public-1a"), ("Tier", "public")))] : Array.Empty<Subnet>(),
        ],
        [
            new RouteTable(
                TableId,
                VpcId,
                [
                    new Route(RouteDestination.Ipv4("10.0.0.0/16"), new RouteTarget("local")),
                    new Route(RouteDestination.Ipv4("0.0.0.0/0"), new RouteTarget("nat-0f1e2d3c4b5a69788")),
                    new Route(RouteDestination.Ipv6("::/0"), new RouteTarget(IgwId)),
                ],
                [
                    new RouteTableAssociation("rtbassoc-0a9b8c7d6e5f40312", "subnet-0123456789abcdef0"),
                    new RouteTableAssociation("rtbassoc-0a9b8c7d6e5f40313", "subnet-0123456789abcdef1"),
                    .. withPublicSubnet ? [new RouteTableAssociation("rtbassoc-0a9b8c7d6e5f40314", "subnet-0123456789abcdef2")] : Array.Empty<RouteTableAssociation>(),
                ],
                Tags.None),
        ],
        withEigw ? [new EgressOnlyInternetGateway(EigwId, [VpcId], Tags.None)] : [],
        bpa ?? BlockPublicAccessOff);

    /// <summary>A customer-managed IPv6 list of partner networks, as DescribeManagedPrefixLists and GetManagedPrefixListEntries describe it.</summary>
    public static readonly ManagedPrefixList PartnerList =
        new("pl-0e1f2a3b4c5d6e7f8", "partner-networks", "111122223333", IsIpv6: true, ["2001:db8:aa00::/40", "2001:db8:bb00::/40"]);

    /// <summary>The table's <c>::/0 → igw</c> replaced by a route of <paramref name="destination"/> to the same gateway.</summary>
    public static NetworkSnapshot WithInternetGatewayRouteTo(NetworkSnapshot snapshot, RouteDestination destination) => snapshot with
    {
        RouteTables =
        [
            .. snapshot.RouteTables.Select(t => t with
            {
                Routes = [.. t.Routes.Select(r => r.Destination == RouteDestination.Ipv6("::/0") ? r with { Destination = destination } : r)],
            }),
        ],
    };

    public static RemediationPlan Plan(NetworkSnapshot snapshot, Mode mode) =>
        new RemediationPlanner(ClassificationRules.Default, mode).Plan(snapshot).Single();

    public static PlanOutcome Executed(RemediationPlan plan, RouteStatus status, OperationFailure? failure = null)
    {
        var routes = plan.Replacements
            .SelectMany(d => d.Changes.Select(c => new RouteOutcome(
                d.Table.Id, c, status, EigwId, status == RouteStatus.Replaced ? ReplacedAt : null, failure)))
            .ToValueList();
        return new PlanOutcome(plan, new GatewayOutcome(EigwId, Created: plan.Gateway is NewEgressGateway), routes);
    }

    private static Subnet Subnet(string id, int index, Tags tags) =>
        new(id, VpcId, $"10.0.{index}.0/24", [$"2001:db8:1234:1a0{index}::/64"], MapPublicIpOnLaunch: false, tags);
}
