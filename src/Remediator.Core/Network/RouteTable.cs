using System.Collections.Immutable;

namespace Remediator.Network;

public sealed record RouteTable(
    string Id,
    string VpcId,
    ImmutableArray<Route> Routes,
    ImmutableArray<RouteTableAssociation> Associations,
    Tags Tags)
{
    public bool IsMain => Associations.Any(a => a.IsMain);

    public IEnumerable<string> ExplicitSubnetIds =>
        Associations.Where(a => a.SubnetId is not null).Select(a => a.SubnetId!);

    public bool Equals(RouteTable? other) =>
        other is not null && Id == other.Id && VpcId == other.VpcId && Routes.SequenceEqual(other.Routes)
        && Associations.SequenceEqual(other.Associations) && Tags.Equals(other.Tags);

    public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal);
}
