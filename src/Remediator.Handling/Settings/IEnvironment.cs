namespace Remediator.Settings;

/// <summary>
/// The process environment, behind the one seam every reader of variables uses (settings, endpoints,
/// credentials), so that tests set variables without touching the real ones.
/// </summary>
public interface IEnvironment
{
    string? Read(string name);
}

/// <summary>The real process environment.</summary>
public sealed class ProcessEnvironment : IEnvironment
{
    public string? Read(string name) => Environment.GetEnvironmentVariable(name);
}
