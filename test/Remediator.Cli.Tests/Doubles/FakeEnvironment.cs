using Remediator.Sns.Configuration;

namespace Remediator.Cli.Tests.Doubles;

/// <summary>The environment variables a test gives the command line; the real process environment is never read.</summary>
internal sealed class FakeEnvironment(IReadOnlyDictionary<string, string>? variables = null) : IEnvironmentVariables
{
    public string? Read(string name) => variables?.GetValueOrDefault(name);
}
