using System.Text;

namespace Remediator.Sqs.Messages;

/// <summary>Makes free text (a subject, an error message) acceptable as an SQS attribute value.</summary>
internal static class AttributeText
{
    public const char Ellipsis = '…';

    /// <summary>U+2026 in UTF-8.</summary>
    private const int EllipsisBytes = 3;

    /// <summary>
    /// Replaces what SQS refuses in a value with U+FFFD: it accepts only #x9, #xA, #xD, #x20–#xD7FF,
    /// #xE000–#xFFFD and #x10000–#x10FFFF, and would reject the whole message over one control character.
    /// </summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            // EnumerateRunes already turns a lone surrogate into U+FFFD.
            builder.Append(IsAllowed(rune) ? rune : Rune.ReplacementChar);
        }

        return builder.ToString();
    }

    /// <summary>At most <paramref name="maxLength"/> characters, ending in <see cref="Ellipsis"/> when cut.</summary>
    public static string Truncate(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = maxLength - 1; // room for the ellipsis

        // Never keep half of a surrogate pair.
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), Ellipsis.ToString());
    }

    /// <summary>
    /// At most <paramref name="maxBytes"/> UTF-8 bytes, cut between characters and ending in
    /// <see cref="Ellipsis"/> when cut; <c>null</c> when not even the ellipsis fits.
    /// </summary>
    public static string? Shorten(string text, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
        {
            return text;
        }

        var room = maxBytes - EllipsisBytes;
        if (room < 0)
        {
            return null;
        }

        var builder = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            room -= rune.Utf8SequenceLength;
            if (room < 0)
            {
                break;
            }

            builder.Append(rune);
        }

        return builder.Append(Ellipsis).ToString();
    }

    private static bool IsAllowed(Rune rune) => rune.Value switch
    {
        0x9 or 0xA or 0xD => true,
        >= 0x20 and <= 0xD7FF => true,
        >= 0xE000 and <= 0xFFFD => true,
        >= 0x10000 => true,
        _ => false,
    };
}
