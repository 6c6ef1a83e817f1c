using Remediator.Failures;
using Remediator.StandIns.Doubles;
using Remediator.StandIns.Sns;

namespace Remediator.Sns.Tests;

/// <summary>The factory reads the endpoint from the environment seam; publishes go where it says.</summary>
public sealed class SnsClientFactoryTests
{
    // Port 9 (discard) on loopback: nothing listens, so a publish sent there is refused at once.
    private const string Nowhere = "http://127.0.0.1:9/";

    [Fact]
    public async Task AWS_ENDPOINT_URL_SNS_wins_over_AWS_ENDPOINT_URL()
    {
        await using var sns = await SnsHarness.StartAsync(
            environment: url => new FakeEnvironment(("AWS_ENDPOINT_URL", Nowhere), ("AWS_ENDPOINT_URL_SNS", url.ToString())));

        await sns.Client.PublishAsync(Some.Message(sns.Topic), CancellationToken.None);

        Assert.Single(sns.StandIn.Calls.Published);
    }

    [Fact]
    public async Task AWS_ENDPOINT_URL_alone_applies_to_SNS()
    {
        await using var sns = await SnsHarness.StartAsync(environment: url => new FakeEnvironment(("AWS_ENDPOINT_URL", url.ToString())));

        await sns.Client.PublishAsync(Some.Message(sns.Topic), CancellationToken.None);

        Assert.Single(sns.StandIn.Calls.Published);
    }

    [Fact]
    public async Task A_publish_to_an_endpoint_where_nothing_listens_is_a_transient_failure_after_its_attempts()
    {
        await using var sns = await SnsHarness.StartAsync(
            configure: o => o with { MaxAttempts = 2 }, environment: _ => new FakeEnvironment(("AWS_ENDPOINT_URL_SNS", Nowhere)));

        var error = await Assert.ThrowsAsync<OperationFailedException>(() => sns.Client.PublishAsync(Some.Message(sns.Topic), CancellationToken.None));

        Assert.Equal((FailureKind.Transient, "HttpRequestException"), (error.Failure.Kind, error.Failure.Code));
        Assert.Single(sns.Pause.Pauses);
        Assert.Empty(sns.StandIn.Calls.All);
    }

    [Fact]
    public async Task An_endpoint_given_in_the_options_wins_over_the_environment()
    {
        await using var standIn = await SnsStandIn.StartAsync(Some.Keys());
        var topic = standIn.Topics.Create("remediator-alerts");
        using var client = SnsClientFactory.Create(
            new FakeEnvironment(("AWS_ENDPOINT_URL_SNS", "not a url at all")),
            new SnsClientOptions { EndpointOverride = standIn.Url },
            SnsHarness.Credentials(Some.Keys()));

        await client.PublishAsync(Some.Message(topic), CancellationToken.None);

        Assert.Single(standIn.Calls.Published);
    }

    [Fact]
    public void A_malformed_endpoint_variable_fails_when_the_client_is_built()
    {
        var error = Assert.Throws<ArgumentException>(() => SnsClientFactory.Create(new FakeEnvironment(("AWS_ENDPOINT_URL", "sns.local"))));

        Assert.Contains("AWS_ENDPOINT_URL", error.Message, StringComparison.Ordinal);
    }
}
