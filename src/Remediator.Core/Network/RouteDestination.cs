namespace Remediator.Network;

public enum DestinationKind
{
    Ipv4Cidr,
    Ipv6Cidr,
    PrefixList,
}

/// <summary>Where a route sends traffic for: an IPv4 CIDR, an IPv6 CIDR or a managed prefix list.</summary>
/// <param name="Value">The CIDR or the prefix list id: what names the route within its table.</param>
/// <param name="PrefixList">
/// For a prefix list, the list as it was read; absent until then (an event, a table fresh from DescribeRouteTables)
/// or when EC2 did not describe it. A list that was not read is of no known family, and so is not judged IPv6.
/// </param>
public sealed record RouteDestination(DestinationKind Kind, string Value, ManagedPrefixList? PrefixList = null)
{
    /// <summary>The well-known prefix of NAT64 (RFC 6052), which DNS64 answers point at.</summary>
    public const string Nat64Prefix = "64:ff9b::/96";

    public static RouteDestination Ipv4(string cidr) => new(DestinationKind.Ipv4Cidr, cidr);

    public static RouteDestination Ipv6(string cidr) => new(DestinationKind.Ipv6Cidr, cidr);

    public static RouteDestination Of(ManagedPrefixList list) => new(DestinationKind.PrefixList, list.Id, list);

    public static RouteDestination PrefixListId(string id) => new(DestinationKind.PrefixList, id);

    /// <summary>An IPv6 CIDR, or a prefix list read to be of the IPv6 family.</summary>
    public bool IsIpv6 => Kind == DestinationKind.Ipv6Cidr || PrefixList?.IsIpv6 == true;

    /// <summary>A prefix list whose family is not known yet: it has to be read before the route can be judged.</summary>
    public bool IsUnreadPrefixList => Kind == DestinationKind.PrefixList && PrefixList is null;

    public bool IsIpv4Default => Kind == DestinationKind.Ipv4Cidr && Value == "0.0.0.0/0";

    public bool IsNat64 => Kind == DestinationKind.Ipv6Cidr && Value == Nat64Prefix;

    /// <summary>Whether both name the same route of a table, whatever is known of a prefix list.</summary>
    public bool SameRouteAs(RouteDestination other) => Kind == other.Kind && Value == other.Value;

    public override string ToString() => Value;
}
