using System.Text.RegularExpressions;
using Remediator.Judgement;
using Remediator.Planning;
using Remediator.Settings;
using Remediator.Telemetry;

namespace Remediator.Function.Configuration;

/// <summary>
/// Reads and checks the function's environment variables. The first bad one stops the function at init
/// with one message naming it, rather than failing on the first event.
/// </summary>
internal static partial class SettingsReader
{
    public static FunctionSettings Read(IEnvironment environment)
    {
        string Required(string name) =>
            environment.Read(name) is { Length: > 0 } value ? value : throw new InvalidConfigurationException(name, "is not set.");

        string Optional(string name, string fallback) => environment.Read(name) is { Length: > 0 } value ? value : fallback;

        var defaults = ClassificationRules.Default;
        var rules = new ClassificationRules(
            TagSetting("EXEMPT_TAG", Optional("EXEMPT_TAG", defaults.Exemption.ToString())),
            [.. TagList("PUBLIC_TAGS", environment.Read("PUBLIC_TAGS"), defaults.PublicTags)],
            [.. TagList("PRIVATE_TAGS", environment.Read("PRIVATE_TAGS"), defaults.PrivateTags)],
            NameWordsSetting(Optional("NAME_WORDS", "private,public")),
            Switch("IPV4_EGRESS_HEURISTIC", Optional("IPV4_EGRESS_HEURISTIC", "true")),
            Switch("DNS64_HEURISTIC", Optional("DNS64_HEURISTIC", "true")));

        return new FunctionSettings(
            Required("AWS_LAMBDA_RUNTIME_API"),
            Region(Required("AWS_REGION")),
            ModeSetting(Optional("MODE", "detect")),
            TopicArn(Required("TOPIC_ARN")),
            QueueUrl(Required("UNDELIVERED_QUEUE_URL")),
            rules,
            Level(Optional("LOG_LEVEL", "INFO")));
    }

    private static Mode ModeSetting(string value) => value.ToUpperInvariant() switch
    {
        "REMEDIATE" => Mode.Remediate,
        "DETECT" => Mode.Detect,
        _ => throw new InvalidConfigurationException("MODE", $"must be remediate or detect, not '{value}'."),
    };

    private static string Region(string value) =>
        RegionPattern().IsMatch(value) ? value : throw new InvalidConfigurationException("AWS_REGION", $"is not a region name: '{value}'.");

    private static string TopicArn(string value) =>
        Sns.Endpoints.TopicArn.IsValid(value)
            ? value
            : throw new InvalidConfigurationException("TOPIC_ARN", $"must be an SNS topic ARN (arn:aws:sns:region:account:name), not '{value}'.");

    private static string QueueUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"
            ? value
            : throw new InvalidConfigurationException("UNDELIVERED_QUEUE_URL", $"must be an SQS queue URL, not '{value}'.");

    private static LogLevel Level(string value) =>
        Enum.TryParse<LogLevel>(value, ignoreCase: true, out var level) && Enum.IsDefined(level)
            ? level
            : throw new InvalidConfigurationException("LOG_LEVEL", $"must be DEBUG, INFO, WARN or ERROR, not '{value}'.");

    private static bool Switch(string name, string value) => value.ToUpperInvariant() switch
    {
        "TRUE" => true,
        "FALSE" => false,
        _ => throw new InvalidConfigurationException(name, $"must be true or false, not '{value}'."),
    };

    private static NameWords? NameWordsSetting(string value)
    {
        if (value.Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return value.Split(',', StringSplitOptions.TrimEntries) is [{ Length: > 0 } privateWord, { Length: > 0 } publicWord]
            ? new NameWords("Name", privateWord, publicWord)
            : throw new InvalidConfigurationException("NAME_WORDS", $"must be 'privateword,publicword' (e.g. private,public) or off, not '{value}'.");
    }

    private static IEnumerable<TagMatch> TagList(string name, string? value, IEnumerable<TagMatch> fallback) =>
        value is null ? fallback
        : value.Length == 0 ? []
        : value.Split(',', StringSplitOptions.TrimEntries).Select(tag => TagSetting(name, tag)).ToList();

    private static TagMatch TagSetting(string name, string value)
    {
        var at = value.IndexOf('=', StringComparison.Ordinal);
        return at > 0 && at < value.Length - 1
            ? new TagMatch(value[..at].Trim(), value[(at + 1)..].Trim())
            : throw new InvalidConfigurationException(name, $"must hold key=value tags, and '{value}' is not one.");
    }

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]+$")]
    private static partial Regex RegionPattern();

}
