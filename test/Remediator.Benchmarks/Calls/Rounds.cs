using Remediator.StandIns.Ec2;

namespace Remediator.Benchmarks.Calls;

/// <summary>
/// Counts sequential rounds of reads from arrival times alone. Every Describe is answered only after
/// <see cref="Delay"/>, so calls sent side by side arrive within a few milliseconds of each other, and a call
/// that had to wait for an answer arrives at least <see cref="Delay"/> after the one it waited for.
/// </summary>
internal static class Rounds
{
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(100);

    private static readonly TimeSpan SameRound = Delay / 2;

    /// <summary>The rounds of Describe calls made before the first mutating call (or in all, if none).</summary>
    public static int BeforeFirstChange(IReadOnlyList<Ec2Call> calls)
    {
        var reads = calls.OrderBy(c => c.ReceivedAt)
            .TakeWhile(c => c.Action.StartsWith("Describe", StringComparison.Ordinal))
            .Select(c => c.ReceivedAt)
            .ToList();
        return reads.Count == 0 ? 0 : 1 + reads.Zip(reads.Skip(1)).Count(pair => pair.Second - pair.First >= SameRound);
    }
}
