using System.Collections.Concurrent;
using System.Diagnostics;

namespace Remediator.Benchmarks.ColdStart;

/// <summary>
/// A function process started for one cold start: its output lines, each with the time it arrived since just
/// before the start, and the wall-clock start the stand-ins' timestamps are measured from. Disposing kills it.
/// </summary>
internal sealed class TimedFunctionProcess : IAsyncDisposable
{
    /// <summary>The line the function writes when init is done.</summary>
    private const string InitLine = "Remediator initialised";

    private readonly ConcurrentQueue<(TimeSpan At, string Line)> output = new();
    private readonly DateTimeOffset wallStart;
    private readonly long started;
    private readonly Process process;

    private TimedFunctionProcess(ProcessStartInfo start, string name)
    {
        wallStart = DateTimeOffset.UtcNow;
        started = Stopwatch.GetTimestamp();
        process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        DataReceivedEventHandler keep = (_, e) =>
        {
            if (e.Data is { } line)
            {
                output.Enqueue((Stopwatch.GetElapsedTime(started), line));
            }
        };
        process.OutputDataReceived += keep;
        process.ErrorDataReceived += keep;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => process.Id;

    /// <summary>The time since just before the process was started.</summary>
    public double ElapsedMs => Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    public IReadOnlyList<(TimeSpan At, string Line)> Output => [.. output];

    /// <summary>When the init line arrived; 0 if it has not.</summary>
    public double InitMs => output.FirstOrDefault(o => o.Line.Contains(InitLine, StringComparison.Ordinal)).At.TotalMilliseconds;

    public string Text => string.Join('\n', output.Select(o => o.Line));

    public static TimedFunctionProcess Start(ProcessStartInfo start, string name) => new(start, name);

    /// <summary>A stand-in's timestamp, in milliseconds since just before the process was started.</summary>
    public double Since(DateTimeOffset at) => (at - wallStart).TotalMilliseconds;

    public async ValueTask DisposeAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync().ConfigureAwait(false);
        process.Dispose();
    }
}
