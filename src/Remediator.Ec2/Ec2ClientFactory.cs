using Amazon;
using Amazon.EC2;
using Amazon.Runtime;

namespace Remediator.Ec2;

/// <summary>
/// Builds the one EC2 client of the process. The retry behaviour is chosen here on purpose: the SDK's
/// standard mode (full-jitter exponential backoff, a retry quota against storms) is the only retry loop.
/// </summary>
public static class Ec2ClientFactory
{
    /// <summary>
    /// Four attempts. The SDK's jittered backoff then waits a few seconds in all before giving up, which
    /// leaves the invocation time to report; Lambda's own retries of the event take over from there.
    /// </summary>
    public const int MaxAttempts = 4;

    /// <param name="region">Required: with an endpoint URL and no region the SDK would sign for us-east-1.</param>
    /// <param name="serviceUrl">For tests; users set <c>AWS_ENDPOINT_URL_EC2</c> or <c>AWS_ENDPOINT_URL</c>, which the SDK reads itself.</param>
    /// <param name="credentials">Absent: the SDK's default chain (Lambda's environment credentials).</param>
    public static IAmazonEC2 Create(string region, Uri? serviceUrl = null, AWSCredentials? credentials = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        var config = new AmazonEC2Config
        {
            RegionEndpoint = RegionEndpoint.GetBySystemName(region),
            RetryMode = RequestRetryMode.Standard,
            MaxErrorRetry = MaxAttempts - 1,
            Timeout = TimeSpan.FromSeconds(10),

            // With an endpoint URL (ours or AWS_ENDPOINT_URL_EC2) the SDK would otherwise sign for us-east-1.
            AuthenticationRegion = region,
        };
        if (serviceUrl is not null)
        {
            config.ServiceURL = serviceUrl.ToString();
        }

        return credentials is null ? new AmazonEC2Client(config) : new AmazonEC2Client(credentials, config);
    }
}
