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

    public IEnumerable<string> ExplicitSubnetIds =>
        Associations.Where(a => a.SubnetId is not null).Select(a => a.SubnetId!);
}
