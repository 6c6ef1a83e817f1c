namespace Remediator.Sns.Configuration;

/// <summary>The real process environment.</summary>
public sealed class ProcessEnvironmentVariables : IEnvironmentVariables
{
    public string? Read(string name) => Environment.GetEnvironmentVariable(name);
}
