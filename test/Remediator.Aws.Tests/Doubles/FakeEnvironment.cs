using Remediator.Settings;

namespace Remediator.Aws.Tests.Doubles;

/// <summary>Environment variables from a dictionary, so tests never touch the process's.</summary>
internal sealed class FakeEnvironment(params (string Name, string Value)[] variables) : IEnvironment
{
    private readonly Dictionary<string, string> values = variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    public string? Read(string name) => values.GetValueOrDefault(name);
}
