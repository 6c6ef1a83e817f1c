using Amazon.Runtime;
using Amazon.Runtime.Signing;
using Remediator.Aws.Connections;
using Remediator.Aws.Endpoints;
using Remediator.Aws.Reporting;
using Remediator.Settings;
using Remediator.Sns.Protocol;

namespace Remediator.Sns;

/// <summary>
/// Builds the process's SNS client: an <see cref="HttpClient"/> over AWSSDK.Core's
/// <see cref="SigV4SigningHandler"/> (service <c>sns</c>), so every request is signed with SigV4, session token
/// included, and the endpoint URL the environment configures.
/// </summary>
public static class SnsClientFactory
{
    public const string SigningService = "sns";

    private const int MaxAnswerBytes = 1024 * 1024;

    /// <param name="environment">Read once, now, for <c>AWS_ENDPOINT_URL_SNS</c> / <c>AWS_ENDPOINT_URL</c>.</param>
    /// <param name="credentials">
    /// Absent: the SDK's default chain, resolved when the first request is signed and cached by the SDK
    /// (environment variables with <c>AWS_SESSION_TOKEN</c> as Lambda sets them, web identity, profiles,
    /// container and instance credentials), refreshed as they near expiry.
    /// </param>
    /// <param name="transport">The handler under the signer; absent, <see cref="Transport"/>. The function passes its own, to open connections in ahead of the first publish.</param>
    /// <param name="calls">Absent: publishes are not reported. Present: one Debug line per publish.</param>
    /// <exception cref="ArgumentException">An endpoint URL variable is not an http(s) URL.</exception>
    public static SnsPublishClient Create(
        IEnvironment environment,
        SnsClientOptions? options = null,
        AWSCredentials? credentials = null,
        HttpMessageHandler? transport = null,
        CallReporter? calls = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        options ??= new SnsClientOptions();
        options = options with { EndpointOverride = options.EndpointOverride ?? EndpointOverride.From(environment, SnsService.Definition) };

        // No region here: each request names its topic's region (SigV4SigningHandler.RegionOptionKey).
        var signing = new SigV4SigningHandler(
            new AWSSigV4Parameters { Service = SigningService, Credentials = credentials },
            transport ?? Transport());

        // Timeouts are per attempt, set by the retry loop; HttpClient's own would cut across attempts. SNS's
        // answers are a few hundred bytes: a megabyte bounds what a misbehaving endpoint can make us buffer.
        var http = new HttpClient(signing) { Timeout = Timeout.InfiniteTimeSpan, MaxResponseContentBufferSize = MaxAnswerBytes };
        return new SnsPublishClient(http, options, calls);
    }

    /// <summary>SNS's connection pool: no redirects (see <see cref="AwsTransport"/>), and a connection given 3 s, a part of one attempt's time.</summary>
    public static SocketsHttpHandler Transport() => AwsTransport.Create(TimeSpan.FromSeconds(3));
}
