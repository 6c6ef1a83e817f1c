namespace Remediator.Benchmarks.Shared;

/// <summary>Order statistics of a handful of samples, by nearest rank: no interpolation between runs.</summary>
internal static class Statistics
{
    public static double Median(IReadOnlyCollection<double> samples) => Percentile(samples, 50);

    public static double P90(IReadOnlyCollection<double> samples) => Percentile(samples, 90);

    public static double Percentile(IReadOnlyCollection<double> samples, int percent)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
