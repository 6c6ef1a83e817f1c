using Remediator.Aws.Reporting;
using Remediator.Failures;
using Remediator.Sns.Endpoints;
using Remediator.Sns.Protocol;
using Remediator.Sns.Retrying;
using Remediator.Sns.Validation;

namespace Remediator.Sns;

/// <summary>
/// SNS <c>Publish</c> over the Query protocol on AWSSDK.Core: the message is checked against SNS's limits,
/// form-encoded once, then sent by <see cref="RetryLoop"/> as many times as it takes, each attempt signed by the
/// <see cref="HttpClient"/>'s SigV4 handler for the topic's region. Build it with <see cref="SnsClientFactory"/>.
/// </summary>
public sealed class SnsPublishClient : ISnsPublisher, IDisposable
{
    private readonly HttpClient signedHttp;
    private readonly SnsEndpoints endpoints;
    private readonly RetryLoop retry;
    private readonly PublishAttempt attempt;
    private readonly CallReporter? calls;

    /// <param name="signedHttp">
    /// An <see cref="HttpClient"/> over <c>Amazon.Runtime.Signing.SigV4SigningHandler</c> for service <c>sns</c>.
    /// The client owns it from now on.
    /// </param>
    /// <param name="calls">Absent: publishes are not reported. Present: one Debug line per publish, retries included.</param>
    public SnsPublishClient(HttpClient signedHttp, SnsClientOptions options, CallReporter? calls = null)
    {
        ArgumentNullException.ThrowIfNull(signedHttp);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxAttempts);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BaseDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.AttemptTimeout, TimeSpan.Zero);
        this.signedHttp = signedHttp;
        endpoints = new SnsEndpoints(options.EndpointOverride);
        retry = new RetryLoop(options);
        attempt = new PublishAttempt(signedHttp);
        this.calls = calls;
    }

    /// <summary>Where a topic's publishes go: its region's endpoint, or the endpoint URL the environment set.</summary>
    public Uri EndpointFor(string topicArn) => endpoints.For(TopicArn.Parse(topicArn));

    public async Task<string> PublishAsync(SnsMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var topic = TopicArn.Parse(message.TopicArn);
        MessageLimits.Check(message);
        var endpoint = endpoints.For(topic);
        var body = PublishForm.Encode(PublishForm.Fields(message));

        // Timed like an SDK client's call: from the first attempt to the final answer, the retry loop inside.
        var started = calls?.Start() ?? 0;
        try
        {
            var id = await retry.RunAsync(
                (limit, cancel) => attempt.SendAsync(endpoint, topic.Region, body, message.TopicArn, limit, cancel),
                SnsService.Publish, message.TopicArn, cancellationToken).ConfigureAwait(false);
            calls?.Finish(SnsService.Definition, SnsService.Publish, started, null);
            return id;
        }
        catch (OperationFailedException e)
        {
            calls?.Finish(SnsService.Definition, SnsService.Publish, started, e.Failure);
            throw;
        }
    }

    public void Dispose() => signedHttp.Dispose();
}
