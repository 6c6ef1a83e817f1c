namespace Remediator.Network;

public sealed record RouteTable(
    string Id,
    string VpcId,
    ValueList<Route> Routes,
    ValueList<RouteTableAssociation> Associations,
    Tags Tags)
{
    public bool IsMain => Associations.Any(a => a.IsMain);

    /// <summary>Whether the table routes IPv6 to an internet gateway, and so could expose a subnet it serves.</summary>
    public bool RoutesIpv6ToInternetGateway => Routes.Any(r => r.IsIpv6ToInternetGateway);

    /// <summary>Whether it does, or may once the prefix lists it routes to an internet gateway are read.</summary>
    public bool MayRouteIpv6ToInternetGateway => Routes.Any(r => r.IsIpv6ToInternetGateway || r.IsUnreadPrefixListToInternetGateway);

    /// <summary>The prefix lists the table routes to an internet gateway whose family is not known yet.</summary>
    public IEnumerable<string> UnreadPrefixListsToInternetGateway =>
        Routes.Where(r => r.IsUnreadPrefixListToInternetGateway).Select(r => r.Destination.Value);

    public IEnumerable<string> ExplicitSubnetIds =>
        Associations.Where(a => a.SubnetId is not null).Select(a => a.SubnetId!);

    /// <summary>The table with the prefix lists that were read filled in; a list that was not stays unread.</summary>
    public RouteTable WithPrefixLists(IReadOnlyDictionary<string, ManagedPrefixList> lists) =>
        !Routes.Any(r => r.Destination.IsUnreadPrefixList) ? this : this with
        {
            Routes = Routes
                .Select(r => r.Destination.IsUnreadPrefixList && lists.TryGetValue(r.Destination.Value, out var list)
                    ? r with { Destination = RouteDestination.Of(list) }
                    : r)
                .ToValueList(),
        };
}
