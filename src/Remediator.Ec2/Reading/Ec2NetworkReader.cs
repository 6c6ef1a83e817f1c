using Amazon.EC2;
using Remediator.Network;
using Remediator.Ports;
using Remediator.Triggers;

namespace Remediator.Ec2.Reading;

/// <summary>
/// Reads what a trigger needs judged in at most two rounds of EC2 calls: first the named route tables and
/// subnets (or the region's main tables), to learn their VPCs; then, side by side, those VPCs' subnets, tags
/// and the region's EIGWs, plus all of a VPC's tables where the main table is involved. A sweep reads the
/// region in one round.
/// </summary>
public sealed class Ec2NetworkReader(IAmazonEC2 ec2) : INetworkReader
{
    public async Task<NetworkSnapshot> ReadAsync(ValueList<RecheckScope> scopes, CancellationToken cancellationToken)
    {
        var describe = new Ec2Describe(ec2, cancellationToken);
        if (scopes.Any(s => s is RegionScope))
        {
            return await ReadRegionAsync(describe).ConfigureAwait(false);
        }

        var tableIds = scopes.OfType<RouteTableScope>().Select(s => s.RouteTableId).ToHashSet(StringComparer.Ordinal);
        var subnetIds = scopes.OfType<SubnetScope>().Select(s => s.SubnetId).ToHashSet(StringComparer.Ordinal);
        var namedTablesRead = tableIds.Count == 0 ? Task.FromResult<List<RouteTable>>([]) : describe.RouteTablesAsync("route-table-id", tableIds);
        var namedSubnetsRead = subnetIds.Count == 0 ? Task.FromResult<List<Subnet>>([]) : describe.SubnetsAsync("subnet-id", subnetIds);
        var mainTablesRead = scopes.Any(s => s is MainRouteTablesScope)
            ? describe.MainRouteTablesToInternetGatewaysAsync()
            : Task.FromResult<List<RouteTable>>([]);
        await Task.WhenAll(namedTablesRead, namedSubnetsRead, mainTablesRead).ConfigureAwait(false);

        // Filters select; they are not trusted to have selected only what was asked for.
        var namedTables = (await namedTablesRead.ConfigureAwait(false)).Where(t => tableIds.Contains(t.Id)).ToList();
        var namedSubnets = (await namedSubnetsRead.ConfigureAwait(false)).Where(s => subnetIds.Contains(s.Id)).ToList();
        var exposingMainTables = (await mainTablesRead.ConfigureAwait(false)).Where(t => t.IsMain && t.RoutesIpv6ToInternetGateway);
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

        return await ReadVpcsAsync(describe, vpcIds, wholeVpcIds, namedTables).ConfigureAwait(false);
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
