namespace Remediator.Sns.Configuration;

/// <summary>Reads the process environment; a seam so that tests set variables without touching the real one.</summary>
public interface IEnvironmentVariables
{
    string? Read(string name);
}
