using Remediator.Sns.Endpoints;

namespace Remediator.Sns.Tests.Endpoints;

public sealed class TopicArnTests
{
    [Fact]
    public void A_topic_ARN_is_taken_apart()
    {
        Assert.Equal(
            new TopicArn("aws-us-gov", "us-gov-west-1", "123456789012", "alerts.fifo"),
            TopicArn.Parse("arn:aws-us-gov:sns:us-gov-west-1:123456789012:alerts.fifo"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("remediator-alerts")]
    [InlineData("arn:aws:sqs:us-east-1:123456789012:queue")]
    [InlineData("arn:aws:sns:us-east-1:1234:alerts")]
    [InlineData("arn:aws:sns::123456789012:alerts")]
    [InlineData("arn:aws:sns:us-east-1:123456789012:")]
    [InlineData("arn:aws:sns:us-east-1:123456789012:alerts:subscription-id")]
    [InlineData("arn:gcp:sns:us-east-1:123456789012:alerts")]
    [InlineData("arn:aws:sns:us-east-1:123456789012:bad name")]
    [InlineData(" arn:aws:sns:us-east-1:123456789012:alerts")]
    public void A_malformed_ARN_is_an_ArgumentException_that_names_it(string arn)
    {
        var error = Assert.Throws<ArgumentException>(() => TopicArn.Parse(arn));

        Assert.Contains($"'{arn}'", error.Message, StringComparison.Ordinal);
    }
}
