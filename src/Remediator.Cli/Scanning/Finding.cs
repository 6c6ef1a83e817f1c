using System.Text.Json.Serialization;

namespace Remediator.Cli.Scanning;

/// <summary>One subnet as a sweep sees it: the table that serves it, how it is classified and why, and what Remediator would do.</summary>
/// <param name="Account">The member account of an organization scan; absent (and not written) otherwise.</param>
/// <param name="Region">Absent for a world, which does not say.</param>
/// <param name="RouteTableId">Absent when no table serves the subnet (a partial export without the main table).</param>
/// <param name="Routes">The table's IPv6 routes that leave the VPC: for an exposed table its exposing routes only.</param>
/// <param name="Rule">Which classification rule decided, as in the notification (<c>private-tag</c>…).</param>
/// <param name="Action">What Remediator would do about the table; written by its wire name.</param>
/// <param name="Exposed">The subnet is private, has an IPv6 CIDR, and its table sends IPv6 traffic to an IGW.</param>
/// <param name="InboundIpv6">For an exposed subnet: reachable, blocked (by VPC Block Public Access) or unknown; absent otherwise.</param>
internal sealed record Finding(
    [property: JsonPropertyName("account"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Account,
    [property: JsonPropertyName("region")] string? Region,
    [property: JsonPropertyName("vpcId")] string VpcId,
    [property: JsonPropertyName("subnetId")] string SubnetId,
    [property: JsonPropertyName("routeTableId")] string? RouteTableId,
    [property: JsonPropertyName("mainRouteTable")] bool MainRouteTable,
    [property: JsonPropertyName("routes")] IReadOnlyList<FindingRoute> Routes,
    [property: JsonPropertyName("classification")] string Classification,
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonIgnore] FindingAction Action,
    [property: JsonPropertyName("exposed")] bool Exposed,
    [property: JsonPropertyName("inboundIpv6"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? InboundIpv6 = null,
    [property: JsonPropertyName("inboundIpv6Reason"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? InboundIpv6Reason = null)
{
    [JsonPropertyName("action")]
    public string ActionName => Action.WireName();
}
