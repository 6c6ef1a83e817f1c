using Remediator.Cli.Worlds;
using Remediator.Network;
using Remediator.Triggers;

namespace Remediator.Cli.Invoking;

/// <summary>
/// What an event names that a world does not hold. Live, a resource gone since the event is a quiet no-op; in a
/// world it almost always means the export is partial or the event belongs to another account, which "no exposure
/// found" would hide.
/// </summary>
internal static class WorldCoverage
{
    /// <returns>One phrase per absent resource, with the export that would hold it, e.g. "no route table rtb-…: export it (`…`)".</returns>
    public static List<string> Absent(Trigger trigger, NetworkSnapshot world) =>
    [
        .. trigger.Scopes.Select(scope => scope switch
        {
            RouteTableScope s when world.RouteTables.All(t => t.Id != s.RouteTableId) => Phrase("route table", s.RouteTableId, WorldFile.RouteTables),
            SubnetScope s when world.Subnets.All(n => n.Id != s.SubnetId) => Phrase("subnet", s.SubnetId, WorldFile.Subnets),
            VpcScope s when world.Vpcs.All(v => v.Id != s.VpcId) => Phrase("VPC", s.VpcId, WorldFile.Vpcs),
            _ => null,
        }).OfType<string>(),
    ];

    private static string Phrase(string kind, string id, WorldFile file) => $"no {kind} {id}: export it (`{file.Export}`)";
}
