namespace Remediator.Network;

/// <summary>
/// A managed prefix list that a route sends traffic for, as DescribeManagedPrefixLists and
/// GetManagedPrefixListEntries describe it. A list holds one address family, fixed when it is created (Amazon
/// VPC User Guide, "Managed prefix lists"), so a list of the IPv6 family routed to an internet gateway lets
/// in every prefix it holds now or is given later.
/// </summary>
/// <param name="OwnerId">The owning account, or <c>AWS</c> for an AWS-managed list.</param>
/// <param name="Cidrs">The entries of the list's current version.</param>
public sealed record ManagedPrefixList(string Id, string Name, string OwnerId, bool IsIpv6, ValueList<string> Cidrs);
