using Amazon.EC2;
using Remediator.Network;
using Remediator.Ports;
using Remediator.Triggers;

namespace Remediator.Ec2.Reading;

/// <summary>
/// Reads what a trigger needs judged in two rounds of EC2 calls: first the named route tables and subnets (or
/// the region's main tables, or the tables routing a prefix list), to learn their VPCs; then, side by side, those
/// VPCs' subnets, tags and the region's EIGWs and VPC Block Public Access, plus all of a VPC's tables where the
/// main table is involved. A sweep reads the region in one round. Only a prefix list routed to an internet
/// gateway that the first round did not show costs one more.
/// </summary>
public sealed class Ec2NetworkReader(IAmazonEC2 ec2) : INetworkReader
{
    public async Task<NetworkSnapshot> ReadAsync(ValueList<RecheckScope> scopes, CancellationToken cancellationToken)
    {
        var describe = new Ec2Describe(ec2, cancellationToken);
        if (scopes.Any(s => s is RegionScope))
        {
            return await WithPrefixListsAsync(describe, ReadRegionAsync(describe), []).ConfigureAwait(false);
        }

        var tableIds = scopes.OfType<RouteTableScope>().Select(s => s.RouteTableId).ToHashSet(StringComparer.Ordinal);
        var subnetIds = scopes.OfType<SubnetScope>().Select(s => s.SubnetId).ToHashSet(StringComparer.Ordinal);
        var prefixListIds = scopes.OfType<PrefixListScope>().Select(s => s.PrefixListId).ToHashSet(StringComparer.Ordinal);
        var namedTablesRead = tableIds.Count == 0 ? NoTables : describe.RouteTablesAsync("route-table-id", tableIds);
        var namedSubnetsRead = subnetIds.Count == 0 ? Task.FromResult<List<Subnet>>([]) : describe.SubnetsAsync("subnet-id", subnetIds);
        var mainTablesRead = scopes.Any(s => s is MainRouteTablesScope) ? describe.MainRouteTablesToInternetGatewaysAsync() : NoTables;
        var listTablesRead = prefixListIds.Count == 0 ? NoTables : describe.RouteTablesAsync("route.destination-prefix-list-id", prefixListIds);
        await Task.WhenAll(namedTablesRead, namedSubnetsRead, mainTablesRead, listTablesRead).ConfigureAwait(false);

        // Filters select; they are not trusted to have selected only what was asked for.
        var namedTables = (await namedTablesRead.ConfigureAwait(false)).Where(t => tableIds.Contains(t.Id))
            .Concat((await listTablesRead.ConfigureAwait(false)).Where(t => t.UnreadPrefixListsToInternetGateway.Any(prefixListIds.Contains)))
            .DistinctBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
        var namedSubnets = (await namedSubnetsRead.ConfigureAwait(false)).Where(s => subnetIds.Contains(s.Id)).ToList();
        var exposingMainTables = (await mainTablesRead.ConfigureAwait(false)).Where(t => t.IsMain && t.MayRouteIpv6ToInternetGateway).ToList();
        var wholeVpcIds = namedSubnets.Select(s => s.VpcId)
            .Concat(namedTables.Where(t => t.IsMain).Select(t => t.VpcId))
            .Concat(exposingMainTables.Select(t => t.VpcId))
            .Concat(scopes.OfType<VpcScope>().Select(s => s.VpcId))
            .ToHashSet(StringComparer.Ordinal);
        var vpcIds = namedTables.Select(t => t.VpcId).Concat(wholeVpcIds).ToHashSet(StringComparer.Ordinal);
        if (vpcIds.Count == 0)
        {
            return NetworkSnapshot.Empty;
        }

        // The lists the tables read so far route to an IGW are read beside the VPCs, not after them.
        var knownLists = namedTables.Concat(exposingMainTables).SelectMany(t => t.UnreadPrefixListsToInternetGateway).ToHashSet(StringComparer.Ordinal);
        return await WithPrefixListsAsync(describe, ReadVpcsAsync(describe, vpcIds, wholeVpcIds, namedTables), knownLists).ConfigureAwait(false);
    }

    private static Task<List<RouteTable>> NoTables => Task.FromResult<List<RouteTable>>([]);

    /// <summary>
    /// Fills in the prefix lists the snapshot's tables route to an internet gateway: those already known are read
    /// alongside the snapshot; any that only its tables name are read after it, a round that only a table routing
    /// a prefix list to an IGW costs.
    /// </summary>
    private static async Task<NetworkSnapshot> WithPrefixListsAsync(Ec2Describe describe, Task<NetworkSnapshot> snapshotRead, HashSet<string> knownLists)
    {
        var knownListsRead = knownLists.Count == 0 ? Task.FromResult(new Dictionary<string, ManagedPrefixList>()) : describe.PrefixListsAsync(knownLists);
        await Task.WhenAll(snapshotRead, knownListsRead).ConfigureAwait(false);
        var snapshot = await snapshotRead.ConfigureAwait(false);
        var lists = await knownListsRead.ConfigureAwait(false);
        var laterLists = snapshot.UnreadPrefixListsToInternetGateway.Where(id => !knownLists.Contains(id)).ToList();
        if (laterLists.Count > 0)
        {
            foreach (var (id, list) in await describe.PrefixListsAsync(laterLists).ConfigureAwait(false))
            {
                lists[id] = list;
            }
        }

        return snapshot.WithPrefixLists(lists);
    }

    private static async Task<NetworkSnapshot> ReadVpcsAsync(
        Ec2Describe describe, HashSet<string> vpcIds, HashSet<string> wholeVpcIds, List<RouteTable> namedTables)
    {
        var vpcsRead = describe.VpcsAsync(vpcIds);
        var subnetsRead = describe.SubnetsAsync("vpc-id", vpcIds);
        var gatewaysRead = describe.EgressOnlyInternetGatewaysAsync();
        var tablesRead = wholeVpcIds.Count == 0 ? Task.FromResult<List<RouteTable>>([]) : describe.RouteTablesAsync("vpc-id", wholeVpcIds);
        var bpaRead = describe.BlockPublicAccessAsync();
        await Task.WhenAll(vpcsRead, subnetsRead, gatewaysRead, tablesRead, bpaRead).ConfigureAwait(false);

        var tables = (await tablesRead.ConfigureAwait(false)).Where(t => wholeVpcIds.Contains(t.VpcId))
            .Concat(namedTables.Where(t => !wholeVpcIds.Contains(t.VpcId)));
        return Consistent(
            (await vpcsRead.ConfigureAwait(false)).Where(v => vpcIds.Contains(v.Id)),
            (await subnetsRead.ConfigureAwait(false)).Where(s => vpcIds.Contains(s.VpcId)),
            tables,
            await gatewaysRead.ConfigureAwait(false),
            await bpaRead.ConfigureAwait(false));
    }

    private static async Task<NetworkSnapshot> ReadRegionAsync(Ec2Describe describe)
    {
        var vpcsRead = describe.VpcsAsync();
        var subnetsRead = describe.SubnetsAsync();
        var tablesRead = describe.RouteTablesAsync();
        var gatewaysRead = describe.EgressOnlyInternetGatewaysAsync();
        var bpaRead = describe.BlockPublicAccessAsync();
        await Task.WhenAll(vpcsRead, subnetsRead, tablesRead, gatewaysRead, bpaRead).ConfigureAwait(false);
        return Consistent(
            await vpcsRead.ConfigureAwait(false),
            await subnetsRead.ConfigureAwait(false),
            await tablesRead.ConfigureAwait(false),
            await gatewaysRead.ConfigureAwait(false),
            await bpaRead.ConfigureAwait(false));
    }

    /// <summary>
    /// Calls made side by side can straddle a deletion: a VPC deleted between them leaves no tables to judge,
    /// so anything whose VPC was not read is dropped.
    /// </summary>
    private static NetworkSnapshot Consistent(
        IEnumerable<Vpc> vpcs,
        IEnumerable<Subnet> subnets,
        IEnumerable<RouteTable> tables,
        IEnumerable<EgressOnlyInternetGateway> gateways,
        BlockPublicAccess blockPublicAccess)
    {
        var vpcList = vpcs.ToValueList();
        var vpcIds = vpcList.Select(v => v.Id).ToHashSet(StringComparer.Ordinal);
        return new NetworkSnapshot(
            vpcList,
            subnets.Where(s => vpcIds.Contains(s.VpcId)).ToValueList(),
            tables.Where(t => vpcIds.Contains(t.VpcId)).ToValueList(),
            gateways.ToValueList(),
            blockPublicAccess);
    }
}
