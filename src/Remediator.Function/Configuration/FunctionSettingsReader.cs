using Remediator.Aws.Accounts;
using Remediator.Network;
using Remediator.Settings;

namespace Remediator.Function.Configuration;

/// <summary>
/// Reads and checks the function's environment variables: its own (runtime, region, topic, queue) here,
/// how it judges and logs through the <see cref="SettingsReader"/> the CLI uses too. The first bad one
/// stops the function at init with one message naming it, rather than failing on the first event.
/// </summary>
internal static class FunctionSettingsReader
{
    /// <summary>What Lambda names a function when none is given (local runs, tests).</summary>
    private const string UnnamedFunction = "remediator";

    /// <summary>What SAM CLI sets in every function it runs locally (samcli/local/lambdafn/env_vars.py).</summary>
    private const string SamLocalVariable = "AWS_SAM_LOCAL";

    /// <remarks>
    /// Checked in the order of the template's variables, so the first bad one is the one reported. Under
    /// <c>sam local invoke</c> SAM resolves <c>!Ref</c> of a resource to its logical id (TOPIC_ARN=NotificationTopic)
    /// and any other intrinsic it cannot resolve to an empty string (aws/aws-sam-cli issue #1604): there a topic or
    /// queue that is not an ARN or URL means "none", and notifications go to the log.
    /// </remarks>
    public static FunctionSettings Read(IEnvironment environment)
    {
        var runtimeApi = SettingsReader.Required(environment, "AWS_LAMBDA_RUNTIME_API");
        var region = Region(SettingsReader.Required(environment, "AWS_REGION"));
        var remediation = SettingsReader.Remediation(environment);
        var samLocal = environment.Read(SamLocalVariable) == "true";
        CheckCertificateStore(environment);
        return new FunctionSettings(
            runtimeApi,
            region,
            Resolved(environment, "TOPIC_ARN", samLocal, Sns.Endpoints.TopicArn.IsValid, TopicArn),
            Resolved(environment, "UNDELIVERED_QUEUE_URL", samLocal, IsQueueUrl, QueueUrl),
            SettingsReader.Optional(environment, "AWS_LAMBDA_FUNCTION_NAME", UnnamedFunction),
            remediation,
            SettingsReader.LogLevel(environment),
            Member(environment),
            samLocal,
            Endpoint(environment));
    }

    /// <summary>
    /// SSL_CERT_FILE and SSL_CERT_DIR are .NET's, read when it first validates a certificate (template parameter
    /// TrustedRoots). Set to an empty value or to a path that does not exist, they leave the process trusting no
    /// certificate authority, and every AWS call would fail its TLS handshake: that is a configuration error.
    /// </summary>
    private static void CheckCertificateStore(IEnvironment environment)
    {
        foreach (var (name, kind, exists) in new (string, string, Func<string, bool>)[] { ("SSL_CERT_FILE", "file", File.Exists), ("SSL_CERT_DIR", "folder", Directory.Exists) })
        {
            if (environment.Read(name) is { } path && (path.Length == 0 || !exists(path)))
            {
                throw new InvalidConfigurationException(
                    name,
                    $"names no {kind} ('{path}'): the process would trust no certificate authority. Unset it, or name what the template's TrustedRoots names.");
            }
        }
    }

    /// <summary>ENDPOINT_URL, empty meaning none: SAM passes a declared variable it cannot resolve as an empty string.</summary>
    private static Uri? Endpoint(IEnvironment environment) =>
        environment.Read("ENDPOINT_URL") is not { Length: > 0 } value ? null
        : Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" ? url
        : throw new InvalidConfigurationException("ENDPOINT_URL", $"must be an http(s) URL such as http://host.docker.internal:4566, not '{value}'.");

    /// <summary>The value, checked; under SAM local one that is not of its kind (an unresolved reference) is none.</summary>
    private static string? Resolved(IEnvironment environment, string name, bool samLocal, Func<string, bool> isValid, Func<string, string> check)
    {
        if (samLocal)
        {
            return environment.Read(name) is { } value && isValid(value) ? value : null;
        }

        return check(SettingsReader.Required(environment, name));
    }

    /// <summary>MEMBER_ROLE_NAME and MEMBER_ROLE_EXTERNAL_ID, by IAM's and STS's rules (<see cref="MemberRole"/>).</summary>
    private static MemberRole? Member(IEnvironment environment)
    {
        var externalId = environment.Read("MEMBER_ROLE_EXTERNAL_ID") is { Length: > 0 } id ? id : null;
        if (environment.Read("MEMBER_ROLE_NAME") is not { Length: > 0 } name)
        {
            return externalId is null
                ? null
                : throw new InvalidConfigurationException("MEMBER_ROLE_EXTERNAL_ID", "is set, but MEMBER_ROLE_NAME is not: set both for organization mode, or neither.");
        }

        if (!MemberRole.IsName(name))
        {
            throw new InvalidConfigurationException("MEMBER_ROLE_NAME", $"must be an IAM role name ({MemberRole.NameRule}), not '{name}'.");
        }

        return externalId is null || MemberRole.IsExternalId(externalId)
            ? new MemberRole(name, externalId)
            : throw new InvalidConfigurationException("MEMBER_ROLE_EXTERNAL_ID", $"must be {MemberRole.ExternalIdRule}.");
    }

    private static string Region(string value) =>
        AwsNames.IsRegion(value) ? value : throw new InvalidConfigurationException("AWS_REGION", $"is not a region name: '{value}'.");

    private static string TopicArn(string value) =>
        Sns.Endpoints.TopicArn.IsValid(value)
            ? value
            : throw new InvalidConfigurationException("TOPIC_ARN", $"must be an SNS topic ARN (arn:aws:sns:region:account:name), not '{value}'.");

    private static string QueueUrl(string value) =>
        IsQueueUrl(value) ? value : throw new InvalidConfigurationException("UNDELIVERED_QUEUE_URL", $"must be an SQS queue URL, not '{value}'.");

    private static bool IsQueueUrl(string value) => Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "https" or "http";
}
