namespace Remediator;

/// <summary>
/// One spelling per value on every wire: the invocation response, the log lines, the notification, the
/// CLI's JSON and the settings all write an enum member as its C# name in kebab case
/// (<c>NeedsDedicatedRouteTable</c> → <c>needs-dedicated-route-table</c>, <c>Detect</c> → <c>detect</c>).
/// </summary>
public static class WireNames
{
    public static string WireName<TEnum>(this TEnum value)
        where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) ? (i == 0 ? "" : "-") + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>Reads a wire name back, ignoring case: <c>detect</c>, <c>DETECT</c>.</summary>
    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.WireName(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Every wire name of the enum, for messages that say what would be accepted.</summary>
    public static IEnumerable<string> All<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(v => v.WireName());
}
