using Amazon;
using Amazon.Runtime;
using Amazon.SQS;

namespace Remediator.Sqs;

/// <summary>
/// Builds the process's SQS client. The retry behaviour is chosen here on purpose: the SDK's standard mode
/// (full-jitter exponential backoff, a retry quota against storms) is the only retry loop.
/// </summary>
public static class SqsClientFactory
{
    /// <summary>
    /// Four attempts, as for EC2. Keeping a notification runs after SNS has already failed, within the same
    /// invocation: a few seconds of backoff at most, then the log line is the copy that remains.
    /// </summary>
    public const int MaxAttempts = 4;

    /// <param name="region">Required: with an endpoint URL and no region the SDK would sign for us-east-1.</param>
    /// <param name="serviceUrl">For tests; users set <c>AWS_ENDPOINT_URL_SQS</c> or <c>AWS_ENDPOINT_URL</c>, which the SDK reads itself.</param>
    /// <param name="credentials">Absent: the SDK's default chain (Lambda's environment credentials).</param>
    public static IAmazonSQS Create(string region, Uri? serviceUrl = null, AWSCredentials? credentials = null)
    {
        var config = Config(region, serviceUrl);
        return credentials is null ? new AmazonSQSClient(config) : new AmazonSQSClient(credentials, config);
    }

    /// <summary>The configuration <see cref="Create"/> uses; tests lower <c>MaxErrorRetry</c> where retries are not the point.</summary>
    internal static AmazonSQSConfig Config(string region, Uri? serviceUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        var config = new AmazonSQSConfig
        {
            RegionEndpoint = RegionEndpoint.GetBySystemName(region),
            RetryMode = RequestRetryMode.Standard,
            MaxErrorRetry = MaxAttempts - 1,
            Timeout = TimeSpan.FromSeconds(10),

            // With an endpoint URL (ours or AWS_ENDPOINT_URL_SQS) the SDK would otherwise sign for us-east-1.
            AuthenticationRegion = region,
        };
        if (serviceUrl is not null)
        {
            config.ServiceURL = serviceUrl.ToString();
        }

        return config;
    }
}
