using Remediator.Judgement;
using Remediator.Planning;
using Remediator.Telemetry;

namespace Remediator.Settings;

/// <summary>
/// Turns the settings' variables into validated values: the function reads them from its environment,
/// the CLI from its flags (under the same names). The first bad one stops with one message naming it.
/// </summary>
public static class SettingsReader
{
    /// <summary>The variables that configure the classification, as the template sets them.</summary>
    public static readonly IReadOnlyList<string> ClassificationVariables =
        ["EXEMPT_TAG", "PUBLIC_TAGS", "PRIVATE_TAGS", "NAME_WORDS", "IPV4_EGRESS_HEURISTIC", "DNS64_HEURISTIC"];

    public static RemediationSettings Remediation(IEnvironment environment) =>
        new(ModeSetting(Optional(environment, "MODE", Mode.Detect.WireName())), Rules(environment));

    /// <summary>Unset variables take the documented defaults (<see cref="ClassificationRules.Default"/>); an empty tag list means none.</summary>
    public static ClassificationRules Rules(IEnvironment environment)
    {
        var defaults = ClassificationRules.Default;
        return new ClassificationRules(
            TagSetting("EXEMPT_TAG", Optional(environment, "EXEMPT_TAG", defaults.Exemption.ToString())),
            [.. TagList("PUBLIC_TAGS", environment.Read("PUBLIC_TAGS"), defaults.PublicTags)],
            [.. TagList("PRIVATE_TAGS", environment.Read("PRIVATE_TAGS"), defaults.PrivateTags)],
            NameWordsSetting(Optional(environment, "NAME_WORDS", "private,public")),
            Switch("IPV4_EGRESS_HEURISTIC", Optional(environment, "IPV4_EGRESS_HEURISTIC", "true")),
            Switch("DNS64_HEURISTIC", Optional(environment, "DNS64_HEURISTIC", "true")));
    }

    /// <summary>
    /// Lambda's advanced logging control (<c>AWS_LAMBDA_LOG_LEVEL</c>, set from the function's
    /// ApplicationLogLevel) wins over our own <c>LOG_LEVEL</c>: with the JSON log format Lambda drops every
    /// line below its level anyway, so writing them would only cost time.
    /// </summary>
    public static LogLevel LogLevel(IEnvironment environment) =>
        environment.Read("AWS_LAMBDA_LOG_LEVEL") is { Length: > 0 } lambdaLevel
            ? Level("AWS_LAMBDA_LOG_LEVEL", lambdaLevel, "TRACE, DEBUG, INFO, WARN, ERROR or FATAL")
            : Level("LOG_LEVEL", Optional(environment, "LOG_LEVEL", "INFO"), "DEBUG, INFO, WARN or ERROR");

    public static string Required(IEnvironment environment, string name) =>
        environment.Read(name) is { Length: > 0 } value ? value : throw new InvalidConfigurationException(name, "is not set.");

    public static string Optional(IEnvironment environment, string name, string fallback) =>
        environment.Read(name) is { Length: > 0 } value ? value : fallback;

    private static Mode ModeSetting(string value) =>
        WireNames.TryParse<Mode>(value, out var mode)
            ? mode
            : throw new InvalidConfigurationException("MODE", $"must be {string.Join(" or ", WireNames.All<Mode>())}, not '{value}'.");

    /// <summary>Lambda's TRACE and FATAL have no level of their own here: they mean the nearest one.</summary>
    private static LogLevel Level(string name, string value, string accepted) => value.Trim().ToUpperInvariant() switch
    {
        "TRACE" when name == "AWS_LAMBDA_LOG_LEVEL" => Telemetry.LogLevel.Debug,
        "FATAL" when name == "AWS_LAMBDA_LOG_LEVEL" => Telemetry.LogLevel.Error,
        _ when WireNames.TryParse<LogLevel>(value, out var level) => level,
        _ => throw new InvalidConfigurationException(name, $"must be {accepted}, not '{value}'."),
    };

    private static bool Switch(string name, string value) =>
        bool.TryParse(value.Trim(), out var on) ? on : throw new InvalidConfigurationException(name, $"must be true or false, not '{value}'.");

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
}
