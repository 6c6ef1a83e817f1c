using Remediator.Settings;

namespace Remediator.Cli.Tests.Doubles;

/// <summary>The environment variables a test gives the command line; the real process environment is never read.</summary>
internal sealed class FakeEnvironment(IReadOnlyDictionary<string, string>? variables = null) : IEnvironment
{
    public string? Read(string name) => variables?.GetValueOrDefault(name);
}
