namespace Remediator.Sns.Retrying;

/// <summary>
/// Full-jitter exponential backoff, as the AWS SDKs' standard retry mode: before retry <c>n</c> (1 for the
/// first), wait a uniformly random time in [0, min(cap, base × 2^(n-1))). The randomness spreads the retries of
/// many concurrent invocations that were throttled together.
/// </summary>
internal static class Backoff
{
    /// <param name="jitter">A draw from [0, 1): the fraction of the ceiling to wait.</param>
    public static TimeSpan Before(int retry, TimeSpan baseDelay, TimeSpan cap, double jitter)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(retry);
        ArgumentOutOfRangeException.ThrowIfNegative(jitter);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(jitter, 1.0);

        // 2^(n-1) overflows nothing here: the exponent is clamped long before the double loses the cap.
        var ceiling = Math.Min(cap.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry - 1, 30)));
        return TimeSpan.FromMilliseconds(ceiling * jitter);
    }
}
