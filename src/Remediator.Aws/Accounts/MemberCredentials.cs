using System.Collections.Concurrent;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Remediator.Aws.Calls;
using Remediator.Aws.Connections;
using Remediator.Aws.Reporting;
using Remediator.Failures;

namespace Remediator.Aws.Accounts;

/// <summary>
/// Credentials of the member role in each account, from STS AssumeRole, kept until shortly before they expire,
/// so that a warm invocation for an account seen before makes no STS call.
/// </summary>
/// <param name="caller">Who assumes the role, as a refusal names them; absent: the function.</param>
public sealed class MemberCredentials(IAmazonSecurityTokenService sts, MemberRole role, TimeProvider clock, RoleCaller? caller = null) : IDisposable
{
    /// <summary>Renewed this long before expiry, so that no call of an invocation is signed with credentials about to lapse.</summary>
    public static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    private const string SessionName = "remediator";

    private readonly ConcurrentDictionary<string, Lazy<Task<Held>>> held = new(StringComparer.Ordinal);
    private readonly RoleCaller caller = caller ?? RoleCaller.Function;

    /// <summary>
    /// Calls STS in the function's own region (the SDK's regional endpoint; <c>AWS_ENDPOINT_URL_STS</c> and
    /// <c>AWS_ENDPOINT_URL</c> honoured by the SDK), with the function's own credentials.
    /// </summary>
    /// <param name="serviceUrl">For tests.</param>
    /// <param name="credentials">The function's own; absent: the SDK's default chain (Lambda's environment).</param>
    /// <param name="caller">Who assumes the role, as a refusal names them; absent: the function.</param>
    /// <param name="transport">The connection pool to call through (the function's, warmed at init); absent: the SDK's own.</param>
    public static MemberCredentials Create(
        string region,
        MemberRole role,
        TimeProvider clock,
        CallReporter? calls = null,
        Uri? serviceUrl = null,
        AWSCredentials? credentials = null,
        RoleCaller? caller = null,
        HttpMessageHandler? transport = null)
    {
        var config = AwsClientDefaults.Apply(new AmazonSecurityTokenServiceConfig(), region, serviceUrl);
        if (transport is not null)
        {
            config.HttpClientFactory = new SdkHttpClients(transport);
        }

        var client = credentials is null ? new AmazonSecurityTokenServiceClient(config) : new AmazonSecurityTokenServiceClient(credentials, config);
        return new MemberCredentials(SdkCallReporting.Attach(client, StsService.Definition, calls), role, clock, caller);
    }

    /// <summary>Where the AssumeRole calls go; absent when the SDK cannot resolve it (the first call then says why).</summary>
    public Uri? Endpoint()
    {
        try
        {
            return new Uri(sts.DetermineServiceOperationEndpoint(new AssumeRoleRequest()).URL);
        }
        catch (AmazonClientException)
        {
            return null;
        }
    }

    /// <exception cref="OperationFailedException">
    /// The role cannot be assumed: access denied names the role and what to check; throttling and 5xx are transient.
    /// </exception>
    public async Task<AWSCredentials> ForAsync(string partition, string account, CancellationToken cancellationToken)
    {
        var entry = held.GetOrAdd(account, _ => new Lazy<Task<Held>>(() => AssumeAsync(partition, account, cancellationToken)));
        try
        {
            var current = await entry.Value.ConfigureAwait(false);
            if (current.Expires - RenewBefore > clock.GetUtcNow())
            {
                return current.Credentials;
            }
        }
        catch
        {
            // A failed or cancelled AssumeRole is not kept: the next event tries again.
            held.TryRemove(new KeyValuePair<string, Lazy<Task<Held>>>(account, entry));
            throw;
        }

        var renewed = new Lazy<Task<Held>>(() => AssumeAsync(partition, account, cancellationToken));
        held[account] = renewed;
        return (await renewed.Value.ConfigureAwait(false)).Credentials;
    }

    public void Dispose() => sts.Dispose();

    private async Task<Held> AssumeAsync(string partition, string account, CancellationToken cancellationToken)
    {
        var roleArn = role.ArnIn(partition, account);
        try
        {
            var response = await AwsCall.RunAsync(
                StsService.Definition,
                StsService.Definition.Action("AssumeRole"),
                roleArn,
                () => sts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = roleArn, RoleSessionName = SessionName, ExternalId = role.ExternalId }, cancellationToken),
                cancellationToken).ConfigureAwait(false);
            var issued = response.Credentials;
            return new Held(
                new SessionAWSCredentials(issued.AccessKeyId, issued.SecretAccessKey, issued.SessionToken),
                issued.Expiration is { } expiration ? Utc(expiration) : clock.GetUtcNow() + RenewBefore);
        }
        catch (OperationFailedException e) when (e.Failure.Kind == FailureKind.AccessDenied)
        {
            throw new OperationFailedException(
                e.Failure with
                {
                    Message = $"{e.Failure.Message} Account {account} is not reachable: deploy the member stack (member-account.yaml) there, " +
                              $"and check that the trust of {roleArn} names {caller.Name}" +
                              (role.ExternalId is null ? "." : $" and the external id {caller.ExternalIdSetting}."),
                },
                e);
        }
    }

    private static DateTimeOffset Utc(DateTime time) =>
        new(time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : DateTime.SpecifyKind(time, DateTimeKind.Utc));

    private sealed record Held(AWSCredentials Credentials, DateTimeOffset Expires);
}
