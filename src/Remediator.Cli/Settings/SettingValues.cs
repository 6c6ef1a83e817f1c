using Remediator.Settings;

namespace Remediator.Cli.Settings;

/// <summary>
/// Settings given on the command line, under the names of the function's environment variables, so that
/// the CLI validates them with the function's own <see cref="SettingsReader"/>.
/// </summary>
internal sealed class SettingValues(IReadOnlyDictionary<string, string> values) : IEnvironment
{
    public string? Read(string name) => values.GetValueOrDefault(name);
}
