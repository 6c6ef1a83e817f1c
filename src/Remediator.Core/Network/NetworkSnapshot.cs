namespace Remediator.Network;

/// <summary>
/// The part of a region's network that was read to judge one event or sweep. It need not hold whole VPCs,
/// but it must be complete for the route tables it holds: every subnet a held table serves is held, and
/// when a VPC's main table is held, all of that VPC's tables are (otherwise the subnets the main table
/// serves implicitly cannot be told apart from those associated elsewhere).
/// </summary>
/// <param name="BlockPublicAccess">The region's VPC Block Public Access, or why it is unknown; absent when the reader did not read it.</param>
public sealed record NetworkSnapshot(
    ValueList<Vpc> Vpcs,
    ValueList<Subnet> Subnets,
    ValueList<RouteTable> RouteTables,
    ValueList<EgressOnlyInternetGateway> EgressOnlyInternetGateways,
    BlockPublicAccess? BlockPublicAccess = null)
{
    public static readonly NetworkSnapshot Empty = new([], [], [], []);

    /// <summary>The prefix lists routed to an internet gateway that have to be read before those routes can be judged.</summary>
    public IEnumerable<string> UnreadPrefixListsToInternetGateway =>
        RouteTables.SelectMany(t => t.UnreadPrefixListsToInternetGateway).Distinct(StringComparer.Ordinal);

    /// <summary>The snapshot with the prefix lists that were read filled into its routes.</summary>
    public NetworkSnapshot WithPrefixLists(IReadOnlyDictionary<string, ManagedPrefixList> lists) =>
        lists.Count == 0 ? this : this with { RouteTables = [.. RouteTables.Select(t => t.WithPrefixLists(lists))] };

    /// <summary>The snapshot cut into one view per VPC that has a route table in it, in VPC id order.</summary>
    public IEnumerable<VpcNetwork> ByVpc()
    {
        var vpcs = Vpcs.ToDictionary(v => v.Id, StringComparer.Ordinal);
        var subnets = Subnets.ToLookup(s => s.VpcId, StringComparer.Ordinal);

        // Grouped once by attachment, so that a sweep does not scan the region's gateways for every VPC.
        var gateways = EgressOnlyInternetGateways
            .SelectMany(g => g.AttachedVpcIds.Select(vpcId => (vpcId, g)))
            .ToLookup(a => a.vpcId, a => a.g, StringComparer.Ordinal);
        foreach (var tables in RouteTables.GroupBy(t => t.VpcId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (!vpcs.TryGetValue(tables.Key, out var vpc))
            {
                throw new InvalidOperationException(
                    $"The snapshot holds route tables of {tables.Key} but not the VPC itself, so its exemption tag cannot be checked.");
            }

            yield return new VpcNetwork(vpc, [.. subnets[vpc.Id]], [.. tables], [.. gateways[vpc.Id]]);
        }
    }
}
