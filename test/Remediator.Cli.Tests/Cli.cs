using Remediator.Cli.Hosting;
using Remediator.StandIns.Doubles;

namespace Remediator.Cli.Tests;

/// <summary>Runs the command line in-process, as a user would type it, and keeps what it printed.</summary>
internal static class Cli
{
    /// <summary>The time the command line's clock stands at, so that "replaced at" times are known.</summary>
    public static readonly DateTimeOffset SampleReplacement = new(2025, 3, 14, 9, 27, 1, TimeSpan.Zero);

    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(new FakeEnvironment(), args);

    public static async Task<CliRun> RunAsync(FakeEnvironment environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var host = new CliHost(output, error, OutIsTerminal: false, environment, new ManualClock(SampleReplacement));
        var exitCode = await CliApp.RunAsync(args, host);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>What one run printed, and its exit code.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>The text between two marker lines of the output, e.g. the SNS message's JSON document.</summary>
    public string Between(string startLine, string endLine)
    {
        var start = Out.IndexOf(startLine + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The output has no line '{startLine}':\n{Out}");
        start += startLine.Length + 1;
        var end = Out.IndexOf(endLine + "\n", start, StringComparison.Ordinal);
        return Out[start..end];
    }

    /// <summary>The error as a user sees it: exactly one line.</summary>
    public string OneErrorLine()
    {
        var lines = Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"Expected one line on stderr, found {lines.Length}:\n{Error}");
        return lines[0];
    }
}
