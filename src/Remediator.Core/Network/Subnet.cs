namespace Remediator.Network;

/// <param name="Ipv4Cidr">Absent for an IPv6-only subnet.</param>
/// <param name="MapPublicIpOnLaunch">Whether instances get a public IPv4 address by default.</param>
public sealed record Subnet(
    string Id,
    string VpcId,
    string? Ipv4Cidr,
    ValueList<string> Ipv6Cidrs,
    bool MapPublicIpOnLaunch,
    Tags Tags)
{
    public bool HasIpv6 => !Ipv6Cidrs.IsEmpty;

    public bool IsIpv6Only => Ipv4Cidr is null;
}
