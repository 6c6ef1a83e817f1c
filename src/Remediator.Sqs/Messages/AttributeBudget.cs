using System.Text;

namespace Remediator.Sqs.Messages;

/// <summary>
/// Fits the message attributes into what the body leaves of SQS's size limit. The body is never touched:
/// it is the complete SNS message, already within SNS's limit of the same size, and a cut JSON document would
/// be useless to whoever redrives it. The attributes are only conveniences for filtering and reading the
/// queue, so when the total would exceed the limit they give way, in reverse order of importance: a long
/// value is shortened, one that cannot be shortened, or not usefully, is dropped. Sending fewer attributes
/// is better than losing the notification to a refused SendMessage. A body over the limit on its own is
/// still sent as it is, and refused: the core keeps bodies within SNS's limit, so that would be a bug to see.
/// </summary>
internal static class AttributeBudget
{
    /// <summary>A shortened value with less than this left of it says nothing worth the bytes.</summary>
    public const int MinShortenedBytes = 16;

    /// <param name="wanted">Most important first.</param>
    /// <returns>The attributes that fit, in the same order, some of them shortened.</returns>
    public static IReadOnlyList<WantedAttribute> Fit(int bodyBytes, IEnumerable<WantedAttribute> wanted)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var left = SqsLimits.MaxMessageBytes - bodyBytes;
        var kept = new List<WantedAttribute>();
        foreach (var attribute in wanted)
        {
            var overhead = Encoding.UTF8.GetByteCount(attribute.Name) + Encoding.UTF8.GetByteCount(SqsLimits.StringType);
            var room = left - overhead;
            var value = attribute.Shortenable && room >= MinShortenedBytes ? AttributeText.Shorten(attribute.Value, room) : null;
            value ??= Encoding.UTF8.GetByteCount(attribute.Value) <= room ? attribute.Value : null;
            if (value is null)
            {
                continue;
            }

            kept.Add(attribute with { Value = value });
            left = room - Encoding.UTF8.GetByteCount(value);
        }

        return kept;
    }
}
