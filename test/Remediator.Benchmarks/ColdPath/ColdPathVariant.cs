using Remediator.Benchmarks.ColdStart;

namespace Remediator.Benchmarks.ColdPath;

/// <summary>A build, at a modelled round-trip time to AWS.</summary>
/// <param name="MemberEvent">Organization mode: the event is a member account's, of the function's own region, so an AssumeRole comes first.</param>
internal sealed record ColdPathVariant(FunctionBuild Build, string Label, TimeSpan RoundTrip, bool MemberEvent = false)
{
    /// <summary>
    /// The least the window can be at this round trip: two round trips for the first connection (TCP, TLS 1.3),
    /// one each for the first read round, the second and CreateEgressOnlyInternetGateway, and half of one for
    /// the ReplaceRoute to arrive; a member's event one more for the AssumeRole. Anything above it is our own
    /// work, or round trips we could have avoided.
    /// </summary>
    public double FloorMs => (MemberEvent ? 6.5 : 5.5) * RoundTrip.TotalMilliseconds;
}
