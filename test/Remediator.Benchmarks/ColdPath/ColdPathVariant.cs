using Remediator.Benchmarks.ColdStart;

namespace Remediator.Benchmarks.ColdPath;

/// <summary>A build, at a modelled round-trip time to AWS.</summary>
internal sealed record ColdPathVariant(FunctionBuild Build, string Label, TimeSpan RoundTrip)
{
    /// <summary>
    /// The least the window can be at this round trip: two round trips for the first connection (TCP, TLS 1.3),
    /// one each for the first read round, the second and CreateEgressOnlyInternetGateway, and half of one for
    /// the ReplaceRoute to arrive. Anything above it is our own work, or round trips we could have avoided.
    /// </summary>
    public double FloorMs => 5.5 * RoundTrip.TotalMilliseconds;
}
