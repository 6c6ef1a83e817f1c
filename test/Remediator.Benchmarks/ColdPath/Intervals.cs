namespace Remediator.Benchmarks.ColdPath;

/// <summary>Lengths of unions of time intervals, clipped to a window: how long at least one of them was going on.</summary>
internal static class Intervals
{
    public static double UnionMs(IEnumerable<(double Start, double End)> intervals, double from, double to)
    {
        var total = 0.0;
        var reached = from;
        foreach (var (start, end) in intervals.Select(i => (Math.Max(i.Start, from), Math.Min(i.End, to))).Where(i => i.Item2 > i.Item1).OrderBy(i => i.Item1))
        {
            var begin = Math.Max(start, reached);
            if (end > begin)
            {
                total += end - begin;
                reached = end;
            }
        }

        return total;
    }
}
