using Remediator.Cli.Hosting;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace Remediator.Cli.Settings;

/// <summary>
/// Reads the classification parameters of a deployment from its samconfig.toml: the
/// <c>parameter_overrides</c> of <c>[default.deploy.parameters]</c>, which SAM writes either as one string
/// (<c>Key=Value Key2="a value"</c>) or as an array of <c>Key=Value</c> strings. Read through Tomlyn's syntax
/// tree, which needs no reflection.
/// </summary>
internal static class SamConfig
{
    private const string DeployTable = "default.deploy.parameters";

    /// <summary>The template's parameters and the function variables they set (template.yaml, Environment.Variables).</summary>
    private static readonly Dictionary<string, string> ParameterVariables = new(StringComparer.Ordinal)
    {
        ["ExemptTag"] = "EXEMPT_TAG",
        ["PublicTags"] = "PUBLIC_TAGS",
        ["PrivateTags"] = "PRIVATE_TAGS",
        ["NameWords"] = "NAME_WORDS",
        ["Ipv4EgressHeuristic"] = "IPV4_EGRESS_HEURISTIC",
        ["Dns64Heuristic"] = "DNS64_HEURISTIC",
    };

    public static string ParameterOf(string variable) => ParameterVariables.First(p => p.Value == variable).Key;

    /// <returns>The classification settings the file overrides, by variable name; the others keep the template's defaults.</returns>
    public static IReadOnlyDictionary<string, string> ClassificationSettings(string path)
    {
        var document = SyntaxParser.Parse(Read(path), path, validate: true);
        if (document.HasErrors)
        {
            throw new BadInputException($"{path}: not valid TOML: {document.Diagnostics.First()}");
        }

        var overrides = document.Tables
            .Where(t => t.Name?.ToString().Trim() == DeployTable)
            .SelectMany(t => t.Items)
            .LastOrDefault(item => item.Key?.ToString().Trim() == "parameter_overrides")?.Value;
        var pairs = overrides switch
        {
            null => [],
            StringValueSyntax text => Split(text.Value ?? ""),
            ArraySyntax array => array.Items.Select(i => i.Value).OfType<StringValueSyntax>().Select(s => s.Value ?? ""),
            _ => throw new BadInputException($"{path}: parameter_overrides in [{DeployTable}] must be a string or an array of strings."),
        };
        return pairs
            .Select(pair => pair.Split('=', 2))
            .Where(pair => pair.Length == 2 && ParameterVariables.ContainsKey(pair[0]))
            .ToDictionary(pair => ParameterVariables[pair[0]], pair => Unquote(pair[1]), StringComparer.Ordinal);
    }

    /// <summary>Splits <c>A=1 B="x y"</c> at spaces outside double quotes, as SAM does.</summary>
    private static IEnumerable<string> Split(string overrides)
    {
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in overrides)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == ' ' && !quoted)
            {
                if (current.Length > 0)
                {
                    yield return current.ToString();
                }

                current.Clear();
                continue;
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"{path}: cannot be read: {e.Message}", e);
        }
    }
}
