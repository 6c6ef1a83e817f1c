namespace Remediator.Network;

/// <summary>
/// One VPC's part of a <see cref="NetworkSnapshot"/>, with the answer to "which table serves which subnet"
/// worked out once: a subnet follows its explicit association, and otherwise the main route table.
/// </summary>
public sealed class VpcNetwork
{
    private readonly Dictionary<string, RouteTable> effectiveTableBySubnet = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ValueList<Subnet>> subnetsByTable = new(StringComparer.Ordinal);

    public VpcNetwork(
        Vpc vpc,
        ValueList<Subnet> subnets,
        ValueList<RouteTable> routeTables,
        ValueList<EgressOnlyInternetGateway> egressOnlyInternetGateways)
    {
        Vpc = vpc;
        Subnets = subnets;
        RouteTables = routeTables;
        EgressOnlyInternetGateways = egressOnlyInternetGateways;
        MapSubnetsToTables();
    }

    public Vpc Vpc { get; }

    public ValueList<Subnet> Subnets { get; }

    public ValueList<RouteTable> RouteTables { get; }

    /// <summary>The gateways attached to this VPC, as read; attachment is checked again, never assumed.</summary>
    public ValueList<EgressOnlyInternetGateway> EgressOnlyInternetGateways { get; }

    /// <summary>The subnets a table serves: its explicit associations, plus the unassociated ones if it is the main table.</summary>
    public ValueList<Subnet> SubnetsServedBy(RouteTable table) =>
        subnetsByTable.TryGetValue(table.Id, out var served) ? served : [];

    public RouteTable? EffectiveRouteTableOf(Subnet subnet) => EffectiveRouteTableOf(subnet.Id);

    public RouteTable? EffectiveRouteTableOf(string subnetId) => effectiveTableBySubnet.GetValueOrDefault(subnetId);

    /// <summary>The egress-only gateway attached to this VPC, if any, judged by its attachments.</summary>
    public EgressOnlyInternetGateway? AttachedEgressOnlyInternetGateway =>
        EgressOnlyInternetGateways
            .Where(g => g.IsAttachedTo(Vpc.Id))
            .OrderBy(g => g.Id, StringComparer.Ordinal)
            .FirstOrDefault();

    private void MapSubnetsToTables()
    {
        var subnetIds = Subnets.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var table in RouteTables)
        {
            foreach (var subnetId in table.ExplicitSubnetIds)
            {
                // A subnet deleted between two reads is simply no longer served.
                if (subnetIds.Contains(subnetId))
                {
                    effectiveTableBySubnet[subnetId] = table;
                }
            }
        }

        var main = RouteTables.FirstOrDefault(t => t.IsMain);
        if (main is not null)
        {
            foreach (var subnet in Subnets.Where(s => !effectiveTableBySubnet.ContainsKey(s.Id)))
            {
                effectiveTableBySubnet[subnet.Id] = main;
            }
        }

        foreach (var group in Subnets.Where(s => effectiveTableBySubnet.ContainsKey(s.Id))
                     .GroupBy(s => effectiveTableBySubnet[s.Id].Id, StringComparer.Ordinal))
        {
            subnetsByTable[group.Key] = [.. group];
        }
    }
}
