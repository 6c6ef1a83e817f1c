using Remediator.Network;
using Remediator.StandIns.Ec2;
using Remediator.StandIns.Worlds;

using static Remediator.StandIns.Worlds.NotificationScenarios;

namespace Remediator.Benchmarks.Soak;

/// <summary>
/// The network the sample events of events/ were recorded in, exposed wherever a trigger sample can look: the
/// private table rtb-0b2c… sends ::/0 and the IPv6 partner prefix list to the IGW; the main table rtb-0a1b… does
/// the same for subnet-0fed… (the one CreateSubnet creates), which it serves implicitly. No EIGW yet: the first
/// remediation creates it, as in an account that never had one, and every later one reuses it.
/// </summary>
internal static class SoakWorld
{
    private const string MainTableId = "rtb-0a1b2c3d4e5f60718";
    private const string CreatedSubnetId = "subnet-0fedcba9876543210";

    public static NetworkSnapshot Exposed()
    {
        var samples = LeakyPrivateTable();
        var privateTable = samples.RouteTables.Single();
        var partners = new Route(RouteDestination.Of(PartnerList), new RouteTarget(IgwId));
        var main = new RouteTable(
            MainTableId,
            VpcId,
            [Some.Local(), Some.Ipv4DefaultTo("nat-0f60718293a4b5c6d"), Some.Ipv6DefaultTo(IgwId)],
            [new RouteTableAssociation("rtbassoc-0e1d2c3b4a5968778", null, IsMain: true)],
            Tags.None);
        var created = new Subnet(CreatedSubnetId, VpcId, "10.0.9.0/24", ["2001:db8:1234:1a09::/64"], MapPublicIpOnLaunch: false, Tags.Of(("Tier", "private")));
        return samples with
        {
            Subnets = [.. samples.Subnets, created],
            RouteTables = [privateTable with { Routes = [.. privateTable.Routes, partners] }, main],
        };
    }

    /// <summary>
    /// Routes stay fixed once fixed: someone opens them again, as the event that follows says they did. Puts back
    /// every table whose routes the function changed; returns how many.
    /// </summary>
    public static int ReExpose(Ec2World world, NetworkSnapshot exposed)
    {
        var now = world.Snapshot().RouteTables.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var changed = exposed.RouteTables.Where(t => !Targets(now[t.Id]).SequenceEqual(Targets(t))).ToList();
        foreach (var table in changed)
        {
            world.Put(table);
        }

        return changed.Count;
    }

    // By id: the world keeps a prefix list destination as the list's id alone, as EC2 describes it.
    private static IEnumerable<(string Destination, string Target)> Targets(RouteTable table) =>
        table.Routes.Select(r => (r.Destination.Value, r.Target.Id));
}
