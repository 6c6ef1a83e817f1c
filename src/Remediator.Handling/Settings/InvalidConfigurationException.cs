namespace Remediator.Settings;

/// <summary>A setting that cannot be used, named, with what is wrong and what would be right.</summary>
/// <param name="variable">The environment variable that holds the setting, e.g. <c>EXEMPT_TAG</c>.</param>
/// <param name="problem">What is wrong, as the end of a sentence that starts with the setting's name.</param>
public sealed class InvalidConfigurationException(string variable, string problem)
    : Exception($"Environment variable {variable} {problem}")
{
    public string Variable { get; } = variable;

    public string Problem { get; } = problem;
}
