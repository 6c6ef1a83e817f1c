using System.Globalization;

namespace Remediator;

/// <summary>
/// A duration as a person reads it, wherever one does (the notification's e-mail, the CLI): "4.3 s", "3 min 12 s",
/// "5 h 2 min", "627 days". Machines keep the seconds (<c>exposureWindowSeconds</c>, the metric).
/// </summary>
public static class HumanDuration
{
    private const int SecondsPerMinute = 60;
    private const int SecondsPerHour = 3600;
    private const int SecondsPerDay = 86_400;

    /// <summary>Below a minute to a tenth of a second; above, in the two largest units, the smaller one cut off.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            // The event's time comes from CloudTrail, the replacement's from EC2: a skewed clock can put one before the other.
            return "-" + Format(duration.Negate());
        }

        var tenths = Math.Round(duration.TotalSeconds, 1, MidpointRounding.AwayFromZero);
        if (tenths < SecondsPerMinute)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{tenths:0.0} s");
        }

        var seconds = (long)Math.Floor(tenths);
        return seconds switch
        {
            < SecondsPerHour => Two(seconds / SecondsPerMinute, "min", seconds % SecondsPerMinute, "s"),
            < SecondsPerDay => Two(seconds / SecondsPerHour, "h", seconds % SecondsPerHour / SecondsPerMinute, "min"),
            < 10 * SecondsPerDay => Two(seconds / SecondsPerDay, Days(seconds / SecondsPerDay), seconds % SecondsPerDay / SecondsPerHour, "h"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{seconds / SecondsPerDay} days"),
        };
    }

    private static string Days(long days) => days == 1 ? "day" : "days";

    private static string Two(long large, string largeUnit, long small, string smallUnit) =>
        small == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{large} {largeUnit}")
            : string.Create(CultureInfo.InvariantCulture, $"{large} {largeUnit} {small} {smallUnit}");
}
