using System.CommandLine;
using Remediator.Cli.Hosting;
using Remediator.Judgement;
using Remediator.Settings;

namespace Remediator.Cli.Settings;

/// <summary>
/// The options that make the CLI judge as a deployment does: each one sets the function's environment
/// variable of the same meaning, and <c>--samconfig</c> reads the stack's parameter overrides. A flag wins
/// over the file; what neither sets takes the function's default.
/// </summary>
internal sealed class ClassificationOptions
{
    private readonly Option<string> samconfig = new("--samconfig")
    {
        Description = "Judge with the classification parameters of this samconfig.toml's parameter_overrides ([default.deploy.parameters])",
        HelpName = "file",
    };

    private readonly (Option<string> Option, string Variable)[] flags =
    [
        (new("--exempt-tag") { Description = "The tag that exempts a resource (template parameter ExemptTag)", HelpName = "key=value" }, "EXEMPT_TAG"),
        (new("--public-tags") { Description = "Tags that declare a subnet public, comma-separated; \"\" for none (PublicTags)", HelpName = "k=v,..." }, "PUBLIC_TAGS"),
        (new("--private-tags") { Description = "Tags that declare a subnet private, comma-separated; \"\" for none (PrivateTags)", HelpName = "k=v,..." }, "PRIVATE_TAGS"),
        (new("--name-words") { Description = "privateword,publicword in Name tags, or off (NameWords)", HelpName = "words" }, "NAME_WORDS"),
        (new("--ipv4-egress-heuristic") { Description = "true or false (Ipv4EgressHeuristic)", HelpName = "bool" }, "IPV4_EGRESS_HEURISTIC"),
        (new("--dns64-heuristic") { Description = "true or false (Dns64Heuristic)", HelpName = "bool" }, "DNS64_HEURISTIC"),
    ];

    public void AddTo(Command command)
    {
        command.Options.Add(samconfig);
        foreach (var (option, _) in flags)
        {
            command.Options.Add(option);
        }
    }

    /// <exception cref="BadInputException">A value the function would refuse, named by its flag or file.</exception>
    public ClassificationRules Read(ParseResult parsed)
    {
        var file = parsed.GetValue(samconfig);
        var values = new Dictionary<string, string>(file is null ? [] : SamConfig.ClassificationSettings(file), StringComparer.Ordinal);
        foreach (var (option, variable) in flags)
        {
            if (parsed.GetValue(option) is { } value)
            {
                values[variable] = value;
            }
        }

        try
        {
            return SettingsReader.Rules(new SettingValues(values));
        }
        catch (InvalidConfigurationException e)
        {
            var option = flags.First(f => f.Variable == e.Variable).Option;
            var from = parsed.GetValue(option) is null ? $"{SamConfig.ParameterOf(e.Variable)} in {file}" : option.Name;
            throw new BadInputException($"{from} {e.Problem}", e);
        }
    }
}
