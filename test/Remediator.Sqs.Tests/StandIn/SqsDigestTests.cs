using Amazon.SQS.Internal;
using Amazon.SQS.Model;
using Remediator.StandIns.Sqs;

namespace Remediator.Sqs.Tests.StandIn;

/// <summary>
/// The stand-in's digests are the ones AWSSDK.SQS recomputes to check SQS's answer: compared here with the
/// SDK's own calculation, so that a passing send proves the SDK really checked them.
/// </summary>
public sealed class SqsDigestTests
{
    [Theory]
    [InlineData("hello", "5d41402abc4b2a76b9719d911017c592")]
    [InlineData("", "d41d8cd98f00b204e9800998ecf8427e")]
    public void The_body_digest_is_the_MD5_of_its_UTF8_bytes_in_lowercase_hex(string body, string expected)
    {
        Assert.Equal(expected, SqsDigest.OfBody(body));
    }

    [Theory]
    [InlineData("{\"default\":\"ünïcødé ✓ 𝄞\"}")]
    [InlineData("line\nbreaks\r\nand\ttabs")]
    public void The_body_digest_is_the_one_the_SDK_computes(string body)
    {
        Assert.Equal(ValidationResponseHandler.CalculateMD5(body), SqsDigest.OfBody(body));
    }

    public static TheoryData<Dictionary<string, SqsAttributeValue>> AttributeSets() => new()
    {
        new Dictionary<string, SqsAttributeValue> { ["kind"] = SqsAttributeValue.OfString("undelivered-notification") },
        new Dictionary<string, SqsAttributeValue>
        {
            // Out of order, with a name that sorts differently by culture than by ordinal, and non-ASCII values.
            ["subject"] = SqsAttributeValue.OfString("Remediated: ünïcødé ✓ 𝄞"),
            ["Zeta"] = SqsAttributeValue.OfString("upper case sorts first"),
            ["error"] = SqsAttributeValue.OfString("sns:Publish failed"),
            ["count"] = new("Number", "42"),
            ["custom"] = new("String.label", "labelled"),
            ["blob"] = new("Binary", null, Convert.ToBase64String([0, 1, 2, 254, 255])),
        },
    };

    [Theory]
    [MemberData(nameof(AttributeSets))]
    public void The_attribute_digest_is_the_one_the_SDK_computes(Dictionary<string, SqsAttributeValue> attributes)
    {
        var sdk = attributes.ToDictionary(a => a.Key, a => new MessageAttributeValue
        {
            DataType = a.Value.DataType,
            StringValue = a.Value.StringValue,
            BinaryValue = a.Value.BinaryValue is null ? null : new MemoryStream(a.Value.Bytes),
        });

        Assert.Equal(ValidationResponseHandler.CalculateMD5(sdk), SqsDigest.OfAttributes(attributes));
    }
}
