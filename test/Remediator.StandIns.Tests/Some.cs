using Remediator.Network;

namespace Remediator.StandIns.Tests;

/// <summary>Unique, well-formed test values, so that no two tests share an id by accident.</summary>
internal static class Some
{
    private static long next = 0x1000;

    public static string Id(string prefix) => $"{prefix}-{Interlocked.Increment(ref next):x17}";

    public static Route Route(string destination, string target, bool blackhole = false) => new(
        destination.Contains(':', StringComparison.Ordinal) ? RouteDestination.Ipv6(destination)
        : destination.StartsWith("pl-", StringComparison.Ordinal) ? RouteDestination.PrefixListId(destination)
        : RouteDestination.Ipv4(destination),
        new RouteTarget(target),
        blackhole);
}
