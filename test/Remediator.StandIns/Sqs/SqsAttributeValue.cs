namespace Remediator.StandIns.Sqs;

/// <summary>One message attribute as it was sent.</summary>
/// <param name="DataType"><c>String</c>, <c>Number</c> or <c>Binary</c>, optionally with a custom label (<c>String.id</c>).</param>
/// <param name="StringValue">Set for String and Number attributes.</param>
/// <param name="BinaryValue">Set for Binary attributes: the bytes, base64-encoded as they travel in JSON.</param>
public sealed record SqsAttributeValue(string DataType, string? StringValue, string? BinaryValue = null)
{
    public static SqsAttributeValue OfString(string value) => new("String", value);

    /// <summary>The decoded bytes of a Binary attribute, empty otherwise.</summary>
    public byte[] Bytes => BinaryValue is null ? [] : Convert.FromBase64String(BinaryValue);
}
