using System.Collections.Immutable;

namespace Remediator.Network;

/// <param name="Ipv4Cidr">Absent for an IPv6-only subnet.</param>
/// <param name="MapPublicIpOnLaunch">Whether instances get a public IPv4 address by default.</param>
public sealed record Subnet(
    string Id,
    string VpcId,
    string? Ipv4Cidr,
    ImmutableArray<string> Ipv6Cidrs,
    bool MapPublicIpOnLaunch,
    Tags Tags)
{
    public bool HasIpv6 => !Ipv6Cidrs.IsDefaultOrEmpty;

    public bool IsIpv6Only => Ipv4Cidr is null;

    public bool Equals(Subnet? other) =>
        other is not null && Id == other.Id && VpcId == other.VpcId && Ipv4Cidr == other.Ipv4Cidr
        && Ipv6Cidrs.SequenceEqual(other.Ipv6Cidrs) && MapPublicIpOnLaunch == other.MapPublicIpOnLaunch
        && Tags.Equals(other.Tags);

    public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal);
}
