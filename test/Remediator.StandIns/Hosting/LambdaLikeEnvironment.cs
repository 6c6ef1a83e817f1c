using System.Diagnostics;

namespace Remediator.StandIns.Hosting;

/// <summary>
/// Starts the function's process the way Lambda does: configured only through the environment it is
/// given, so that no credentials or endpoints leak in from the machine running the tests.
/// </summary>
public static class LambdaLikeEnvironment
{
    /// <summary>What a process needs to start at all on this machine, kept from the current environment.</summary>
    private static readonly string[] Kept = ["PATH", "HOME", "DOTNET_ROOT"];

    public static ProcessStartInfo Apply(ProcessStartInfo start, IEnumerable<KeyValuePair<string, string>> environment)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(environment);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.Environment.Clear();
        foreach (var name in Kept)
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                start.Environment[name] = value;
            }
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
