namespace Remediator.Cli.Scanning;

/// <summary>
/// What a scan would do about a subnet's route table, written by its wire name (<c>replace-routes</c>,
/// <c>no-ipv6-cidr</c>…): the first three are the decisions of the function's planner, spelled as in its
/// notification; the others say why there is nothing to decide.
/// </summary>
internal enum FindingAction
{
    /// <summary>Every subnet the table serves is private: its exposing routes go to the egress-only internet gateway.</summary>
    ReplaceRoutes,

    /// <summary>The table also serves public or exempt subnets: only reported.</summary>
    NeedsDedicatedRouteTable,

    /// <summary>Every subnet the table serves is exempt, or the table or its VPC is.</summary>
    LeftExempt,

    /// <summary>No IPv6 route of the table lets the internet in to a private subnet.</summary>
    Compliant,

    /// <summary>The subnet has no IPv6 CIDR: nothing reaches it over IPv6.</summary>
    NoIpv6Cidr,

    /// <summary>The subnet is public: its route to the internet gateway is meant.</summary>
    PublicSubnet,

    /// <summary>No route table serves the subnet in what was read (a partial export).</summary>
    NotJudged,
}
