using Amazon.EC2;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;
using Remediator.Aws;
using Remediator.Aws.Accounts;
using Remediator.Aws.Endpoints;
using Remediator.Aws.Reporting;
using Remediator.Cli.Hosting;
using Remediator.Ec2;
using Remediator.Ec2.Calls;
using Remediator.Settings;

namespace Remediator.Cli.Live;

/// <summary>
/// The AWS account of a live run, reached as the AWS CLI would: the profile named by <c>--profile</c> or
/// <c>AWS_PROFILE</c>; else the access keys in the environment; else the SDK's default chain (SSO, web
/// identity, container and instance roles). Credentials are resolved up front, so that missing or expired
/// ones are one clear line before any call rather than an SDK error in the middle of a run.
/// </summary>
internal sealed class AwsAccount
{
    private AwsAccount(AWSCredentials credentials, string source, string? profileRegion, Uri? ec2Endpoint, Uri? stsEndpoint)
    {
        Credentials = credentials;
        Source = source;
        ProfileRegion = profileRegion;
        Ec2Endpoint = ec2Endpoint;
        StsEndpoint = stsEndpoint;
    }

    public AWSCredentials Credentials { get; }

    /// <summary>Where the credentials came from, for the run's header, e.g. "profile audit".</summary>
    public string Source { get; }

    /// <summary>The region the profile sets, if any.</summary>
    public string? ProfileRegion { get; }

    /// <summary><c>AWS_ENDPOINT_URL_EC2</c> or <c>AWS_ENDPOINT_URL</c>, honoured as the SDK does (LocalStack, tests); see <see cref="EndpointOverride"/>.</summary>
    public Uri? Ec2Endpoint { get; }

    /// <summary><c>AWS_ENDPOINT_URL_STS</c> or <c>AWS_ENDPOINT_URL</c>, for the member roles of an organization scan.</summary>
    public Uri? StsEndpoint { get; }

    /// <exception cref="BadInputException">The profile does not exist, or no usable credentials were found.</exception>
    public static async Task<AwsAccount> ConnectAsync(string? profileOption, IEnvironment environment)
    {
        var profile = profileOption ?? environment.Read("AWS_PROFILE");
        var setting = profileOption is null ? "AWS_PROFILE" : "--profile";
        var (credentials, source, region) = profile is not null ? FromProfile(profile, setting, environment)
            : FromEnvironment(environment) is { } keys ? (keys, "access keys in the environment", null)
            : (await DefaultChainAsync().ConfigureAwait(false), "the SDK's default credential chain", null);
        try
        {
            await credentials.GetCredentialsAsync().ConfigureAwait(false);
        }
        catch (AmazonClientException e)
        {
            throw new BadInputException($"The AWS credentials of {source} cannot be used: {OneLine(e.Message)}", e);
        }

        return new AwsAccount(
            credentials, source, region, Endpoint(environment, Ec2Service.Definition), Endpoint(environment, StsService.Definition));
    }

    /// <param name="calls">Where each call is reported at DEBUG level (--verbose).</param>
    /// <param name="credentials">A member role's, from <see cref="Members"/>; absent: the account's own.</param>
    public IAmazonEC2 Ec2(string region, CallReporter? calls = null, AWSCredentials? credentials = null) =>
        Ec2ClientFactory.Create(region, Ec2Endpoint, credentials ?? Credentials, calls);

    /// <summary>
    /// The role's credentials in other accounts, assumed with this account's credentials through STS in
    /// <paramref name="region"/>, as the function assumes its member role.
    /// </summary>
    public MemberCredentials Members(MemberRole role, string region, TimeProvider clock) =>
        MemberCredentials.Create(region, role, clock, serviceUrl: StsEndpoint, credentials: Credentials, caller: new RoleCaller($"the caller ({Source})", "--external-id"));

    private static (AWSCredentials, string, string?) FromProfile(string profile, string setting, IEnvironment environment)
    {
        var store = new CredentialProfileStoreChain(environment.Read("AWS_SHARED_CREDENTIALS_FILE"));
        if (!store.TryGetProfile(profile, out var found))
        {
            throw new BadInputException($"AWS profile '{profile}' ({setting}) is not in ~/.aws/config or ~/.aws/credentials; `aws configure list-profiles` lists them.");
        }

        return store.TryGetAWSCredentials(profile, out var credentials)
            ? (credentials, $"profile {profile}", found.Region?.SystemName)
            : throw new BadInputException($"AWS profile '{profile}' ({setting}) holds no credentials Remediator can use; check it with `aws sts get-caller-identity --profile {profile}`.");
    }

    private static AWSCredentials? FromEnvironment(IEnvironment environment) =>
        (environment.Read("AWS_ACCESS_KEY_ID"), environment.Read("AWS_SECRET_ACCESS_KEY"), environment.Read("AWS_SESSION_TOKEN")) switch
        {
            ({ Length: > 0 } key, { Length: > 0 } secret, { Length: > 0 } token) => new SessionAWSCredentials(key, secret, token),
            ({ Length: > 0 } key, { Length: > 0 } secret, _) => new BasicAWSCredentials(key, secret),
            _ => null,
        };

    private static async Task<AWSCredentials> DefaultChainAsync()
    {
        try
        {
            return await DefaultAWSCredentialsIdentityResolver.GetCredentialsAsync(new AmazonEC2Config()).ConfigureAwait(false);
        }
        catch (AmazonClientException e)
        {
            throw new BadInputException(
                "No AWS credentials found: pass --profile, set AWS_PROFILE, or sign in with `aws configure` or `aws sso login`.", e);
        }
    }

    /// <summary>
    /// The SDK's clients would read these variables from the process by themselves; the CLI reads them through its
    /// environment seam, so that tests set them without touching the process's, and passes the URL on.
    /// </summary>
    private static Uri? Endpoint(IEnvironment environment, AwsService service)
    {
        try
        {
            return EndpointOverride.From(environment, service);
        }
        catch (ArgumentException e)
        {
            throw new BadInputException(e.Message, e);
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
