using System.Text.Json.Serialization;

namespace Remediator.Cli.Scanning;

/// <summary>One IPv6 route of a finding's table that leaves the VPC, in the fields of <see cref="Exposure"/>.</summary>
/// <param name="Destination">An IPv6 CIDR, or a prefix list id.</param>
/// <param name="Target">The gateway or endpoint it goes to, e.g. <c>igw-…</c>.</param>
/// <param name="After">
/// Its target once the planned action is carried out: the egress-only internet gateway for <c>replace-routes</c>, null when
/// the VPC has none yet (one is created); the same as <paramref name="Target"/> for every other action.
/// </param>
/// <param name="Blackhole">The target is gone (e.g. a detached internet gateway): the route carries no traffic.</param>
internal sealed record FindingRoute(
    [property: JsonPropertyName("destination")] string Destination,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("after")] string? After,
    [property: JsonPropertyName("blackhole")] bool Blackhole)
{
    /// <summary>For people: <c>::/0 → igw-…</c>, as the function's log writes a route.</summary>
    public override string ToString() => $"{Destination} → {Target}{(Blackhole ? " (blackhole)" : "")}";
}
