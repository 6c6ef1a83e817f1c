namespace Remediator.Network;

public enum DestinationKind
{
    Ipv4Cidr,
    Ipv6Cidr,
    PrefixList,
}

/// <summary>Where a route sends traffic for: an IPv4 CIDR, an IPv6 CIDR or a managed prefix list.</summary>
public sealed record RouteDestination(DestinationKind Kind, string Value)
{
    /// <summary>The well-known prefix of NAT64 (RFC 6052), which DNS64 answers point at.</summary>
    public const string Nat64Prefix = "64:ff9b::/96";

    public static RouteDestination Ipv4(string cidr) => new(DestinationKind.Ipv4Cidr, cidr);

    public static RouteDestination Ipv6(string cidr) => new(DestinationKind.Ipv6Cidr, cidr);

    public static RouteDestination PrefixList(string id) => new(DestinationKind.PrefixList, id);

    public bool IsIpv6 => Kind == DestinationKind.Ipv6Cidr;

    public bool IsIpv4Default => Kind == DestinationKind.Ipv4Cidr && Value == "0.0.0.0/0";

    public bool IsNat64 => Kind == DestinationKind.Ipv6Cidr && Value == Nat64Prefix;

    public override string ToString() => Value;
}
