using System.Globalization;

namespace Remediator.Events;

/// <summary>Checks of values already read from an event, each failure naming the field.</summary>
internal static class EventValues
{
    public static string Required(string? value, string field) =>
        string.IsNullOrEmpty(value) ? throw new InvalidEventException(new InvalidEvent(field, "is missing or empty")) : value;

    /// <summary>An AWS account id: twelve digits, as the envelope's <c>account</c> and CloudTrail's <c>recipientAccountId</c> hold it.</summary>
    public static string Account(string? value, string field)
    {
        var text = Required(value, field);
        return Network.AwsNames.IsAccountId(text)
            ? text
            : throw new InvalidEventException(new InvalidEvent(field, $"is not a 12-digit AWS account id: '{Truncated(text)}'"));
    }

    /// <summary>A region name such as eu-west-1, us-gov-west-1 or cn-north-1.</summary>
    public static string Region(string? value, string field)
    {
        var text = Required(value, field);
        return Network.AwsNames.IsRegion(text)
            ? text
            : throw new InvalidEventException(new InvalidEvent(field, $"is not an AWS region name: '{Truncated(text)}'"));
    }

    /// <summary>
    /// A field of the CloudTrail record that repeats the envelope's: absent is fine, a different value means the
    /// event was put together by hand or tampered with, and would send Remediator to the wrong account or region.
    /// </summary>
    public static void Agrees(string? value, string field, string envelopeValue, string envelopeField)
    {
        if (value is not null && value != envelopeValue)
        {
            throw new InvalidEventException(new InvalidEvent(field, $"is '{Truncated(value)}', but the envelope's {envelopeField} is '{envelopeValue}'"));
        }
    }

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
