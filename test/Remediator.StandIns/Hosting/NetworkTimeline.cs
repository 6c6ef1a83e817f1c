using System.Collections.Concurrent;

namespace Remediator.StandIns.Hosting;

/// <summary>
/// What the servers saw of the network, as intervals of wall-clock time: each connection from accepted to
/// its TLS handshake done, each request from arrived to answered (injected delays included). The cold-path
/// benchmark subtracts their union from the time the client took, leaving the client's own work.
/// </summary>
public sealed class NetworkTimeline
{
    private readonly ConcurrentQueue<NetworkInterval> intervals = new();

    public IReadOnlyList<NetworkInterval> All => [.. intervals.OrderBy(i => i.Start)];

    public void Add(NetworkInterval interval) => intervals.Enqueue(interval);
}

/// <param name="Server">Which stand-in: its URL's authority, or a name the caller gave.</param>
public sealed record NetworkInterval(string Server, NetworkIntervalKind Kind, DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Duration() => End - Start;
}

public enum NetworkIntervalKind
{
    /// <summary>A new connection: accepted, then the modelled handshake delay, then TLS's handshake.</summary>
    ConnectionSetUp,

    /// <summary>A request: arrived, its way in, handled, its answer's way out.</summary>
    Answer,
}
