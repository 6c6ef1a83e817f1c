using Remediator.Sns.Endpoints;

namespace Remediator.Sns.Tests.Endpoints;

public sealed class SnsEndpointsTests
{
    [Theory]
    [InlineData("arn:aws:sns:us-east-1:123456789012:alerts", "https://sns.us-east-1.amazonaws.com/")]
    [InlineData("arn:aws:sns:eu-central-2:123456789012:alerts", "https://sns.eu-central-2.amazonaws.com/")]
    [InlineData("arn:aws-cn:sns:cn-north-1:123456789012:alerts", "https://sns.cn-north-1.amazonaws.com.cn/")]
    [InlineData("arn:aws-cn:sns:cn-northwest-1:123456789012:alerts", "https://sns.cn-northwest-1.amazonaws.com.cn/")]
    [InlineData("arn:aws-us-gov:sns:us-gov-west-1:123456789012:alerts", "https://sns.us-gov-west-1.amazonaws.com/")]
    [InlineData("arn:aws-iso:sns:us-iso-east-1:123456789012:alerts", "https://sns.us-iso-east-1.c2s.ic.gov/")]
    [InlineData("arn:aws-eusc:sns:eusc-de-east-1:123456789012:alerts", "https://sns.eusc-de-east-1.amazonaws.eu/")]
    public void The_endpoint_comes_from_the_ARN_region_and_its_partition_DNS_suffix(string arn, string endpoint) =>
        Assert.Equal(new Uri(endpoint), new SnsEndpoints(null).For(TopicArn.Parse(arn)));

    [Theory]
    [InlineData("arn:aws-cn:sns:cn-south-9:123456789012:alerts", "https://sns.cn-south-9.amazonaws.com.cn/")]
    [InlineData("arn:aws:sns:xx-future-1:123456789012:alerts", "https://sns.xx-future-1.amazonaws.com/")]
    public void A_region_newer_than_the_SDK_takes_the_suffix_of_the_ARN_partition(string arn, string endpoint) =>
        Assert.Equal(new Uri(endpoint), new SnsEndpoints(null).For(TopicArn.Parse(arn)));

    [Fact]
    public void A_known_region_under_the_wrong_partition_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new SnsEndpoints(null).For(TopicArn.Parse("arn:aws:sns:cn-north-1:123456789012:alerts")));

        Assert.Contains("partition aws-cn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partition_the_SDK_does_not_know_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new SnsEndpoints(null).For(TopicArn.Parse("arn:aws-moon:sns:moon-base-1:123456789012:alerts")));
    }

    [Fact]
    public void An_endpoint_override_replaces_the_derived_endpoint_for_every_topic()
    {
        var endpoints = new SnsEndpoints(new Uri("http://127.0.0.1:4566/"));

        Assert.Equal(new Uri("http://127.0.0.1:4566/"), endpoints.For(TopicArn.Parse("arn:aws-cn:sns:cn-north-1:123456789012:alerts")));
    }
}
