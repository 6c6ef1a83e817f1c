using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Remediator.StandIns.Sqs;

/// <summary>
/// The MD5 digests SQS answers a SendMessage with, which the AWS SDKs recompute and compare (AWSSDK.SQS's
/// ValidationResponseHandler throws "MD5 hash mismatch" / "Attribute MD5 hash mismatch" otherwise).
/// Computed as the SQS Developer Guide describes ("Calculating the MD5 message digest for message
/// attributes"), lowercase hex.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Security", "CA5351:Do Not Use Broken Cryptographic Algorithms",
    Justification = "The SQS protocol prescribes MD5 as a transfer check, not for security.")]
public static class SqsDigest
{
    private const byte StringTransport = 1;
    private const byte BinaryTransport = 2;

    /// <summary>MD5 of the body's UTF-8 bytes.</summary>
    public static string OfBody(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Hex(MD5.HashData(Encoding.UTF8.GetBytes(body)));
    }

    /// <summary>
    /// MD5 of the attributes encoded in ascending ordinal order of their names, each as: the name's length
    /// and UTF-8 bytes, the data type's length and UTF-8 bytes, one transport byte (1 for a string value,
    /// 2 for a binary one), the value's length and bytes; every length a 4-byte big-endian integer.
    /// </summary>
    public static string OfAttributes(IReadOnlyDictionary<string, SqsAttributeValue> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        using var buffer = new MemoryStream();
        foreach (var (name, attribute) in attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            WriteLengthPrefixed(buffer, Encoding.UTF8.GetBytes(name));
            WriteLengthPrefixed(buffer, Encoding.UTF8.GetBytes(attribute.DataType));
            if (attribute.StringValue is not null)
            {
                buffer.WriteByte(StringTransport);
                WriteLengthPrefixed(buffer, Encoding.UTF8.GetBytes(attribute.StringValue));
            }
            else
            {
                buffer.WriteByte(BinaryTransport);
                WriteLengthPrefixed(buffer, attribute.Bytes);
            }
        }

        return Hex(MD5.HashData(buffer.ToArray()));
    }

    private static void WriteLengthPrefixed(MemoryStream buffer, byte[] bytes)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        buffer.Write(length);
        buffer.Write(bytes);
    }

    private static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);
}
