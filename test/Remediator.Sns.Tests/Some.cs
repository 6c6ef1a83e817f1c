using Amazon.Runtime;

namespace Remediator.Sns.Tests;

/// <summary>Test data, named for what it is.</summary>
internal static class Some
{
    /// <summary>The access key pair of AWS's own SigV4 examples.</summary>
    public static ImmutableCredentials Keys() => new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null);

    public static ImmutableCredentials SessionKeys() =>
        new("ASIAEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "FwoGZXIvYXdzEXAMPLE//session+token/with=specials");

    public const string TopicArn = "arn:aws:sns:us-east-1:123456789012:remediator-alerts";

    public static SnsMessage Message(string topicArn = TopicArn, string message = "hello", string? subject = "Remediator: test") =>
        new(topicArn, message, subject, JsonStructure: false, Attributes: []);

    public static SnsMessage Notification(string topicArn) => new(
        topicArn,
        """{"default":"{\"outcome\":\"remediated\",\"vpc\":\"vpc-0a1b\"}","email":"Route ::/0 in rtb-0a1b now goes to eigw-0c2d.\nRevert: aws ec2 replace-route ..."}""",
        "Remediator: IPv6 exposure remediated in rtb-0a1b, account 123456789012",
        JsonStructure: true,
        Attributes:
        [
            new("outcome", "remediated"),
            new("severity", "high"),
            new("account", "123456789012"),
            new("region", "us-east-1"),
            new("vpc", "vpc-0a1b 2c3d & more=yes"),
        ]);
}
