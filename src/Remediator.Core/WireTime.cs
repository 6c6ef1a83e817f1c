using System.Globalization;

namespace Remediator;

/// <summary>The one way a time is written on every wire: UTC, ISO 8601, milliseconds only when there are any.</summary>
public static class WireTime
{
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>The <c>timestamp</c> of a log line, always with three fraction digits, as Lambda writes its own.</summary>
    public static string LogTimestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
