using Amazon.Runtime;
using Amazon.SQS;
using Remediator.Aws;
using Remediator.Aws.Reporting;
using Remediator.Sqs.Calls;

namespace Remediator.Sqs;

/// <summary>
/// Builds the process's SQS client, with the defaults every AWS client here gets. Keeping a notification runs
/// after SNS has already failed, within the same invocation: a few seconds of backoff at most, then the log
/// line is the copy that remains.
/// </summary>
public static class SqsClientFactory
{
    /// <param name="region">Required: with an endpoint URL and no region the SDK would sign for us-east-1.</param>
    /// <param name="serviceUrl">For tests; the SDK's client reads <c>AWS_ENDPOINT_URL_SQS</c>, <c>AWS_ENDPOINT_URL</c> and <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS</c> by itself.</param>
    /// <param name="credentials">Absent: the SDK's default chain (Lambda's environment credentials).</param>
    /// <param name="calls">Absent: calls are not reported. Present: one Debug line per call.</param>
    public static IAmazonSQS Create(string region, Uri? serviceUrl = null, AWSCredentials? credentials = null, CallReporter? calls = null)
    {
        var config = Config(region, serviceUrl);
        var client = credentials is null ? new AmazonSQSClient(config) : new AmazonSQSClient(credentials, config);
        return SdkCallReporting.Attach(client, SqsService.Definition, calls);
    }

    /// <summary>The configuration <see cref="Create"/> uses; tests lower <c>MaxErrorRetry</c> where retries are not the point.</summary>
    internal static AmazonSQSConfig Config(string region, Uri? serviceUrl) =>
        AwsClientDefaults.Apply(new AmazonSQSConfig(), region, serviceUrl);
}
