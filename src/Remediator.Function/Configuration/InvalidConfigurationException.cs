namespace Remediator.Function.Configuration;

/// <summary>A setting that cannot be used, named, with what is wrong and what would be right.</summary>
internal sealed class InvalidConfigurationException(string variable, string problem)
    : Exception($"Environment variable {variable} {problem}")
{
    public string Variable { get; } = variable;
}
