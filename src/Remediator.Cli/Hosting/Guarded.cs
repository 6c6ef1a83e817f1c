using Remediator.Failures;

namespace Remediator.Cli.Hosting;

/// <summary>
/// Runs a command so that whatever goes wrong ends as one line on standard error and exit code 1: bad input
/// and failed AWS calls say what and where; anything else is a bug, and <c>--verbose</c> shows its stack trace.
/// </summary>
internal static class Guarded
{
    public static async Task<int> RunAsync(CliHost host, bool verbose, Func<Task<int>> command)
    {
        try
        {
            return await command().ConfigureAwait(false);
        }
        catch (Exception e) when (e is BadInputException or OperationFailedException)
        {
            host.Error.WriteLine(verbose ? e.ToString() : $"error: {e.Message}");
            return ExitCodes.Error;
        }
        catch (OperationCanceledException)
        {
            host.Error.WriteLine("error: cancelled.");
            return ExitCodes.Error;
        }
#pragma warning disable CA1031 // A command line tool reports every failure as one line rather than crash with a trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            host.Error.WriteLine(verbose ? e.ToString() : $"error: {e.Message} (--verbose shows where)");
            return ExitCodes.Error;
        }
    }
}
