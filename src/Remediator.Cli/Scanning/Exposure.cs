using System.Text.Json.Serialization;
using Remediator.Planning;

namespace Remediator.Cli.Scanning;

/// <summary>One route that exposes private subnets to the IPv6 internet, and what Remediator decided for its table.</summary>
/// <param name="Account">The member account of an organization scan; absent (and not written) otherwise.</param>
/// <param name="Kind">ReplaceRoutes or NeedsDedicatedRouteTable; written by its wire name, as in the notification.</param>
internal sealed record Exposure(
    [property: JsonPropertyName("account"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Account,
    [property: JsonPropertyName("region")] string? Region,
    [property: JsonPropertyName("vpcId")] string VpcId,
    [property: JsonPropertyName("routeTableId")] string RouteTableId,
    [property: JsonPropertyName("destination")] string Destination,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonIgnore] DecisionKind Kind)
{
    [JsonPropertyName("decision")]
    public string Decision => Kind.WireName();
}
