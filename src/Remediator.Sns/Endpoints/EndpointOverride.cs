using Remediator.Settings;

namespace Remediator.Sns.Endpoints;

/// <summary>
/// The endpoint URL the user configured, as the AWS SDKs read it: <c>AWS_ENDPOINT_URL_SNS</c>, else
/// <c>AWS_ENDPOINT_URL</c>, neither when <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true</c>.
/// </summary>
internal static class EndpointOverride
{
    public const string ServiceVariable = "AWS_ENDPOINT_URL_SNS";
    public const string GlobalVariable = "AWS_ENDPOINT_URL";
    public const string IgnoreVariable = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";

    /// <exception cref="ArgumentException">The variable is set but is not an absolute http(s) URL.</exception>
    public static Uri? From(IEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (string.Equals(environment.Read(IgnoreVariable)?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var name in (ReadOnlySpan<string>)[ServiceVariable, GlobalVariable])
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
            throw new ArgumentException($"{name}='{value}' is not an absolute http(s) URL.", nameof(name));
        }

        // Publish is a POST to the endpoint's root path; keep any path the user gave, as a directory.
        return url.AbsolutePath.EndsWith('/') ? url : new UriBuilder(url) { Path = url.AbsolutePath + "/" }.Uri;
    }
}
