using Remediator.Settings;

namespace Remediator.Aws.Endpoints;

/// <summary>
/// The endpoint URL the user configured for a service, as the AWS SDKs read it: <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c>,
/// else <c>AWS_ENDPOINT_URL</c>, neither when <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true</c>. The SDK's own clients
/// (EC2, SQS) read these variables by themselves from the process; this reads them through <see cref="IEnvironment"/>
/// for our SNS client, which the SDK does not build, and for the CLI, whose tests set variables without touching
/// the process's.
/// </summary>
public static class EndpointOverride
{
    public const string GlobalVariable = "AWS_ENDPOINT_URL";
    public const string IgnoreVariable = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";

    /// <summary>The service's own variable, e.g. <c>AWS_ENDPOINT_URL_SNS</c>.</summary>
    public static string ServiceVariable(AwsService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return $"{GlobalVariable}_{service.Id.ToUpperInvariant()}";
    }

    /// <exception cref="ArgumentException">The variable is set but is not an absolute http(s) URL; the message names it.</exception>
    public static Uri? From(IEnvironment environment, AwsService service)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (string.Equals(environment.Read(IgnoreVariable)?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var name in (ReadOnlySpan<string>)[ServiceVariable(service), GlobalVariable])
        {
            if (environment.Read(name) is { } value && !string.IsNullOrWhiteSpace(value))
            {
                return Parse(name, value.Trim());
            }
        }

        return null;
    }

    private static Uri Parse(string name, string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"{name}='{value}' is not an absolute http(s) URL.");
        }

        // Requests go to the endpoint's root path; keep any path the user gave, as a directory.
        return url.AbsolutePath.EndsWith('/') ? url : new UriBuilder(url) { Path = url.AbsolutePath + "/" }.Uri;
    }
}
