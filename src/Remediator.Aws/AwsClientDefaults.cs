using Amazon;
using Amazon.Runtime;

namespace Remediator.Aws;

/// <summary>
/// The settings every AWS SDK client of the process gets, chosen on purpose: the SDK's standard retry mode
/// (full-jitter exponential backoff, a retry quota against storms) is the only retry loop, and requests are
/// always signed for the configured region.
/// </summary>
public static class AwsClientDefaults
{
    /// <summary>
    /// Four attempts. The jittered backoff then waits a few seconds in all before giving up, which leaves the
    /// invocation time to report; Lambda's own retries of the event take over from there.
    /// </summary>
    public const int MaxAttempts = 4;

    /// <param name="region">Required: with an endpoint URL and no region the SDK would sign for us-east-1.</param>
    /// <param name="serviceUrl">For tests; users set <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c> or <c>AWS_ENDPOINT_URL</c>, which the SDK reads itself.</param>
    public static TConfig Apply<TConfig>(TConfig config, string region, Uri? serviceUrl)
        where TConfig : ClientConfig
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        config.RetryMode = RequestRetryMode.Standard;
        config.MaxErrorRetry = MaxAttempts - 1;
        config.Timeout = TimeSpan.FromSeconds(10);

        // With an endpoint URL (ours or an AWS_ENDPOINT_URL_* variable) the SDK would otherwise sign for us-east-1.
        config.AuthenticationRegion = region;
        if (serviceUrl is not null)
        {
            config.ServiceURL = serviceUrl.ToString();
        }

        return config;
    }
}
