using Amazon.Runtime;
using Remediator.Aws.Reporting;
using Remediator.Aws.Tests.Doubles;
using Remediator.Failures;
using Remediator.Sns;
using Remediator.StandIns.Doubles;
using Remediator.StandIns.Sns;

namespace Remediator.Aws.Tests.Reporting;

/// <summary>Our SNS client, as <see cref="SnsClientFactory"/> builds it, reports its publishes like the SDK's clients.</summary>
public sealed class SnsPublishReportingTests
{
    private static readonly ImmutableCredentials Keys = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null);

    [Fact]
    public async Task A_publish_retried_by_the_client_is_reported_once_with_its_final_outcome()
    {
        await using var standIn = await SnsStandIn.StartAsync(Keys);
        var topic = standIn.Topics.Create("alerts");
        standIn.Faults.ThrottleNext(1);
        var log = new CollectingLog();
        using var sns = Client(standIn, log);

        await sns.PublishAsync(new SnsMessage(topic, "hello", null, false, []), CancellationToken.None);

        Assert.Equal(new CallFields("SNS", "sns:Publish", "250", "ok", null, null), CallFields.Of(Assert.Single(log.Records)));
    }

    [Fact]
    public async Task A_refused_publish_is_reported_with_its_classified_code()
    {
        await using var standIn = await SnsStandIn.StartAsync(Keys);
        var topic = standIn.Topics.Create("alerts");
        standIn.Faults.DenyNext(1, topic);
        var log = new CollectingLog();
        using var sns = Client(standIn, log);

        await Assert.ThrowsAsync<OperationFailedException>(() => sns.PublishAsync(new SnsMessage(topic, "hello", null, false, []), CancellationToken.None));

        Assert.Equal(
            new CallFields("SNS", "sns:Publish", "250", "failed", "AccessDenied", "AuthorizationError"),
            CallFields.Of(Assert.Single(log.Records)));
    }

    private static SnsPublishClient Client(SnsStandIn standIn, CollectingLog log) =>
        SnsClientFactory.Create(
            new FakeEnvironment(("AWS_ENDPOINT_URL_SNS", standIn.Url.ToString())),
            new SnsClientOptions { Pause = (_, _) => Task.CompletedTask },
            new BasicAWSCredentials(Keys.AccessKey, Keys.SecretKey),
            calls: new CallReporter(log, new SteppingClock(TimeSpan.FromMilliseconds(250))));
}
