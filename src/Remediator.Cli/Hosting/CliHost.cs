using Remediator.Settings;

namespace Remediator.Cli.Hosting;

/// <summary>
/// What the commands may touch of the process they run in, behind a seam so that tests run them in-process
/// and side by side: the two output streams, whether standard output is a terminal (progress display,
/// colours), the environment variables (AWS profile, region, credentials, endpoint URLs) and the clock.
/// </summary>
internal sealed record CliHost(TextWriter Out, TextWriter Error, bool OutIsTerminal, IEnvironment Environment, TimeProvider Clock)
{
    public static CliHost OfProcess() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected, new ProcessEnvironment(), TimeProvider.System);
}
