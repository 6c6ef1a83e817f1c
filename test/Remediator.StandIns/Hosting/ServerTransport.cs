using Remediator.StandIns.Tls;

namespace Remediator.StandIns.Hosting;

/// <summary>
/// How a stand-in is reached. By default plain HTTP on loopback at loopback speed, which is what the tests want;
/// the cold-path benchmark serves HTTPS, as AWS's endpoints are reached, with the latency of a region modelled
/// as a delay before each new connection's TLS handshake and a delay on each request's way in and out.
/// </summary>
/// <param name="Tls">The certificate to serve and the intermediate to send with it; absent: plain HTTP.</param>
/// <param name="ConnectionDelay">Before a new connection's TLS handshake starts: the round trips of TCP's and TLS's handshakes.</param>
/// <param name="RequestDelay">One round trip per request: half before the request is handled (its way in), half before the answer leaves.</param>
/// <param name="Timeline">Where connections and requests are recorded; absent: nowhere.</param>
public sealed record ServerTransport(
    ServerCertificate? Tls = null,
    TimeSpan ConnectionDelay = default,
    TimeSpan RequestDelay = default,
    NetworkTimeline? Timeline = null)
{
    public static ServerTransport Plain { get; } = new();

    /// <summary>
    /// HTTPS with a round-trip time of <paramref name="roundTrip"/>: two round trips before a new connection's
    /// first request can leave (TCP's handshake, then TLS 1.3's), one per request.
    /// </summary>
    public static ServerTransport Https(ServerCertificate tls, TimeSpan roundTrip, NetworkTimeline timeline) =>
        new(tls, 2 * roundTrip, roundTrip, timeline);
}
