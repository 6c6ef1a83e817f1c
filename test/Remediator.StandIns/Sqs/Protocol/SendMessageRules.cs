using System.Text;

namespace Remediator.StandIns.Sqs.Protocol;

/// <summary>
/// What SQS refuses in a SendMessage, per the SQS Developer Guide's message quotas and attribute rules:
/// at most 10 attributes; names of letters, digits, <c>_ - .</c>, not starting with <c>AWS.</c> or
/// <c>Amazon.</c>; a data type of String, Number or Binary (with an optional custom label); no empty name, type
/// or value; only XML-legal characters; and the body plus every attribute's name, type and value within the
/// queue's maximum message size. The codes and wording imitate SQS's; the checks are what matters.
/// </summary>
internal static class SendMessageRules
{
    public const int MaxAttributes = 10;

    public static void Check(SendMessageInput input, int maximumMessageSize)
    {
        if (input.MessageBody.Length == 0)
        {
            throw SqsError.MissingParameter("MessageBody").ToException();
        }

        CheckCharacters(input.MessageBody);
        if (input.Attributes.Count > MaxAttributes)
        {
            throw SqsError.InvalidParameterValue(
                $"Number of message attributes [{input.Attributes.Count}] exceeds the allowed maximum [{MaxAttributes}].").ToException();
        }

        foreach (var (name, attribute) in input.Attributes)
        {
            CheckAttribute(name, attribute);
        }

        var size = Size(input);
        if (size > maximumMessageSize)
        {
            throw SqsError.InvalidParameterValue(
                $"One or more parameters are invalid. Reason: Message must be shorter than {maximumMessageSize} bytes.").ToException();
        }
    }

    /// <summary>What SQS counts against the maximum message size.</summary>
    public static int Size(SendMessageInput input) =>
        Encoding.UTF8.GetByteCount(input.MessageBody)
        + input.Attributes.Sum(a => Encoding.UTF8.GetByteCount(a.Key)
                                    + Encoding.UTF8.GetByteCount(a.Value.DataType)
                                    + (a.Value.StringValue is { } text ? Encoding.UTF8.GetByteCount(text) : a.Value.Bytes.Length));

    private static void CheckAttribute(string name, SqsAttributeValue attribute)
    {
        if (!IsValidName(name))
        {
            throw SqsError.InvalidParameterValue($"Message attribute name '{name}' is invalid.").ToException();
        }

        var baseType = attribute.DataType.Split('.', 2)[0];
        if (baseType is not ("String" or "Number" or "Binary"))
        {
            throw SqsError.InvalidParameterValue(
                $"The type of message (user) attribute '{name}' is invalid. You must use only the following supported type prefixes: Binary, Number, String.")
                .ToException();
        }

        var value = baseType == "Binary" ? attribute.BinaryValue : attribute.StringValue;
        if (string.IsNullOrEmpty(value))
        {
            throw SqsError.InvalidParameterValue($"Message (user) attribute '{name}' must contain a non-empty value of type '{baseType}'.")
                .ToException();
        }

        if (baseType != "Binary")
        {
            CheckCharacters(value);
        }
    }

    private static bool IsValidName(string name) =>
        name.Length is > 0 and <= 256
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')
        && !name.StartsWith('.') && !name.EndsWith('.') && !name.Contains("..", StringComparison.Ordinal)
        && !name.StartsWith("AWS.", StringComparison.OrdinalIgnoreCase)
        && !name.StartsWith("Amazon.", StringComparison.OrdinalIgnoreCase);

    private static void CheckCharacters(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            // A lone surrogate is no character at all; a pair is one character from #x10000 up.
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length) != System.Buffers.OperationStatus.Done
                || !IsAllowed(rune.Value))
            {
                throw SqsError.InvalidMessageContents(
                    "Invalid characters found. Valid unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF")
                    .ToException();
            }

            i += length - 1;
        }
    }

    private static bool IsAllowed(int value) =>
        value is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or >= 0x10000;
}
