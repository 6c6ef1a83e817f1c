using System.Text.Json.Serialization;

namespace Remediator.Cli.Scanning;

/// <summary>One route that exposes private subnets to the IPv6 internet, and what Remediator decided for its table.</summary>
/// <param name="Decision"><c>replace-routes</c> or <c>needs-dedicated-route-table</c>, as in the notification.</param>
internal sealed record Exposure(
    [property: JsonPropertyName("region")] string? Region,
    [property: JsonPropertyName("vpcId")] string VpcId,
    [property: JsonPropertyName("routeTableId")] string RouteTableId,
    [property: JsonPropertyName("destination")] string Destination,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("decision")] string Decision);
