using System.Globalization;

namespace Remediator.Events;

/// <summary>Checks of values already read from an event, each failure naming the field.</summary>
internal static class EventValues
{
    public static string Required(string? value, string field) =>
        string.IsNullOrEmpty(value) ? throw new InvalidEventException(new InvalidEvent(field, "is missing or empty")) : value;

    /// <summary>EventBridge and CloudTrail write UTC times in ISO 8601 (<c>2025-03-14T10:02:58Z</c>).</summary>
    public static DateTimeOffset Time(string? value, string field)
    {
        var text = Required(value, field);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw new InvalidEventException(new InvalidEvent(field, $"is not an ISO 8601 time: '{Truncated(text)}'"));
    }

    /// <summary>Echoes bad values back in messages, but never at a length that could flood a log.</summary>
    public static string Truncated(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
