namespace Remediator.Network;

public sealed record RouteTable(
    string Id,
    string VpcId,
    ValueList<Route> Routes,
    ValueList<RouteTableAssociation> Associations,
    Tags Tags)
{
    public bool IsMain => Associations.Any(a => a.IsMain);

    public IEnumerable<string> ExplicitSubnetIds =>
        Associations.Where(a => a.SubnetId is not null).Select(a => a.SubnetId!);
}
