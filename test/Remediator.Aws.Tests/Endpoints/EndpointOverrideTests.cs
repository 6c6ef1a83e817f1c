using Remediator.Aws.Endpoints;
using Remediator.Ec2.Calls;
using Remediator.Sns.Protocol;
using Remediator.StandIns.Doubles;

namespace Remediator.Aws.Tests.Endpoints;

public sealed class EndpointOverrideTests
{
    private static readonly AwsService Sns = SnsService.Definition;

    [Fact]
    public void AWS_ENDPOINT_URL_SNS_wins_over_AWS_ENDPOINT_URL()
    {
        var environment = new FakeEnvironment(("AWS_ENDPOINT_URL", "http://global:1/"), ("AWS_ENDPOINT_URL_SNS", "http://sns-only:2/"));

        Assert.Equal(new Uri("http://sns-only:2/"), EndpointOverride.From(environment, Sns));
    }

    [Fact]
    public void AWS_ENDPOINT_URL_applies_when_there_is_no_SNS_specific_one()
    {
        Assert.Equal(new Uri("http://global:1/"), EndpointOverride.From(new FakeEnvironment(("AWS_ENDPOINT_URL", "http://global:1")), Sns));
    }

    [Fact]
    public void No_variable_means_no_override() => Assert.Null(EndpointOverride.From(new FakeEnvironment(), Sns));

    [Fact]
    public void An_empty_variable_counts_as_unset()
    {
        var environment = new FakeEnvironment(("AWS_ENDPOINT_URL_SNS", " "), ("AWS_ENDPOINT_URL", "http://global:1/"));

        Assert.Equal(new Uri("http://global:1/"), EndpointOverride.From(environment, Sns));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("TRUE")]
    public void AWS_IGNORE_CONFIGURED_ENDPOINT_URLS_true_ignores_both(string value)
    {
        var environment = new FakeEnvironment(
            ("AWS_ENDPOINT_URL", "http://global:1/"), ("AWS_ENDPOINT_URL_SNS", "http://sns-only:2/"), ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", value));

        Assert.Null(EndpointOverride.From(environment, Sns));
    }

    [Fact]
    public void AWS_IGNORE_CONFIGURED_ENDPOINT_URLS_false_changes_nothing()
    {
        var environment = new FakeEnvironment(("AWS_ENDPOINT_URL_SNS", "http://sns-only:2/"), ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "false"));

        Assert.Equal(new Uri("http://sns-only:2/"), EndpointOverride.From(environment, Sns));
    }

    [Fact]
    public void A_path_in_the_URL_is_kept_as_a_directory()
    {
        Assert.Equal(new Uri("https://proxy.example/sns/"), EndpointOverride.From(new FakeEnvironment(("AWS_ENDPOINT_URL_SNS", "https://proxy.example/sns")), Sns));
    }

    [Theory]
    [InlineData("localhost:4566")]
    [InlineData("ftp://host/")]
    [InlineData("not a url")]
    public void A_value_that_is_not_an_http_URL_is_an_error_naming_the_variable(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => EndpointOverride.From(new FakeEnvironment(("AWS_ENDPOINT_URL_SNS", value)), Sns));

        Assert.Contains("AWS_ENDPOINT_URL_SNS", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_service_reads_its_own_variable_before_the_global_one()
    {
        var environment = new FakeEnvironment(("AWS_ENDPOINT_URL", "http://global:1/"), ("AWS_ENDPOINT_URL_SNS", "http://sns-only:2/"));

        Assert.Equal(new Uri("http://global:1/"), EndpointOverride.From(environment, Ec2Service.Definition));
        Assert.Equal(new Uri("http://ec2-only:3/"), EndpointOverride.From(new FakeEnvironment(("AWS_ENDPOINT_URL_EC2", "http://ec2-only:3")), Ec2Service.Definition));
    }

    [Fact]
    public void The_service_variable_is_named_after_the_service_id() =>
        Assert.Equal(["AWS_ENDPOINT_URL_EC2", "AWS_ENDPOINT_URL_SNS"], [EndpointOverride.ServiceVariable(Ec2Service.Definition), EndpointOverride.ServiceVariable(Sns)]);
}
