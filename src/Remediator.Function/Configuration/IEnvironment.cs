namespace Remediator.Function.Configuration;

/// <summary>The process environment, behind a seam so that tests need not change the real one.</summary>
internal interface IEnvironment
{
    string? Get(string name);
}

internal sealed class ProcessEnvironment : IEnvironment
{
    public string? Get(string name) => Environment.GetEnvironmentVariable(name);
}
