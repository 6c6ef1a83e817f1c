using System.Globalization;
using System.Text;
using Remediator.Notifications;

namespace Remediator.Sns.Validation;

/// <summary>
/// SNS's limits on a <c>Publish</c>, checked before anything is sent so that a breach is a clear
/// <see cref="ArgumentException"/> rather than an <c>InvalidParameter</c> after a round trip. Nothing is cut
/// here: summarising a long message is the caller's job, and a silently truncated JSON document is worse
/// than none.
/// </summary>
internal static class MessageLimits
{
    /// <summary>The body and every attribute's name, type and value together, in UTF-8 bytes.</summary>
    /// <remarks>
    /// Stated once, in the core, which must compose messages within it without knowing this adapter; checked here
    /// for every message, whoever composed it.
    /// </remarks>
    public const int MaxBytes = Notification.MaxBytes;

    public const int MaxSubjectLength = Notification.MaxSubjectLength;

    /// <exception cref="ArgumentException">Which limit, and by how much.</exception>
    public static void Check(SnsMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(message.Attributes, nameof(message));
        if (string.IsNullOrEmpty(message.Message))
        {
            throw new ArgumentException("The message is empty; SNS refuses an empty message.", nameof(message));
        }

        CheckSubject(message.Subject);
        AttributeNames.Check(message.Attributes);
        if (message.JsonStructure)
        {
            JsonStructure.Check(message.Message);
        }

        var bytes = Size(message);
        if (bytes > MaxBytes)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"The message is {bytes:N0} bytes with its attributes; SNS accepts at most {MaxBytes:N0}. Summarise it before publishing."),
                nameof(message));
        }
    }

    /// <summary>What SNS counts against <see cref="MaxBytes"/>.</summary>
    public static int Size(SnsMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Encoding.UTF8.GetByteCount(message.Message)
               + message.Attributes.Sum(a => Encoding.UTF8.GetByteCount(a.Key) + "String".Length + Encoding.UTF8.GetByteCount(a.Value));
    }

    private static void CheckSubject(string? subject)
    {
        if (subject is null)
        {
            return;
        }

        if (subject.Length is 0 or > MaxSubjectLength)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"The subject is {subject.Length} characters; SNS accepts 1 to {MaxSubjectLength}, or none."),
                nameof(subject));
        }

        var bad = subject.AsSpan().IndexOfAnyExceptInRange(' ', '~');
        if (bad >= 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"The subject has U+{(int)subject[bad]:X4} at position {bad}; SNS accepts printable ASCII only, without line breaks."),
                nameof(subject));
        }
    }
}
