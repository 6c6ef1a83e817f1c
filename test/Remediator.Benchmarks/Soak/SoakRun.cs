using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Remediator.Benchmarks.ColdStart;
using Remediator.StandIns.Hosting;
using Remediator.StandIns.LambdaRuntime;
using Remediator.StandIns.Samples;

namespace Remediator.Benchmarks.Soak;

/// <summary>
/// One function process, as Lambda keeps one warm: the events come one after another through the Runtime API stand-in,
/// each queued once the one before is answered (Lambda hands an execution environment one event at a time), and the
/// world is exposed again before each, so that triggers keep finding something to fix.
/// </summary>
internal static class SoakRun
{
    private const int TailLines = 40;

    /// <summary>Not a kind of the mix: an event after the last, whose answer shows that every report before it is in.</summary>
    private const string Barrier = "ignore-run-instances.json";

    /// <param name="memoryMb">When set, what the GC is told the machine's memory is, as a Lambda execution environment's VM of that MemorySize tells it.</param>
    public static async Task<SoakResult> RunAsync(FunctionBuild build, int events, bool huge, int? memoryMb, int seed, TimeSpan timeout)
    {
        var exposed = SoakWorld.Exposed();
        await using var standIns = await FunctionStandIns.StartAsync(exposed).ConfigureAwait(false);
        var runtime = standIns.Runtime;
        var tail = new ConcurrentQueue<string>();
        var environment = standIns.Environment();
        if (memoryMb is { } mb)
        {
            environment["DOTNET_GCTotalPhysicalMemory"] = (mb * 1024L * 1024L).ToString("x", CultureInfo.InvariantCulture);
        }

        using var process = Start(build, environment, tail);
        var exited = process.WaitForExitAsync();
        var random = new Random(seed);
        var deck = new SoakDeck(SoakKinds.All(huge), random);
        var answered = new List<SoakEvent>(events);
        var queued = new List<string>(events + 1);
        var reExposed = 0;
        string? stopped = null;
        var started = Stopwatch.GetTimestamp();
        try
        {
            for (var number = 1; number <= events + 1 && stopped is null; number++)
            {
                var kind = number <= events ? deck.Next() : null;
                reExposed += SoakWorld.ReExpose(standIns.Ec2.World, exposed);
                var body = kind?.Body(random) ?? File.ReadAllBytes(SampleEvents.Path(Barrier));
                var queuedAt = Stopwatch.GetTimestamp();
                var requestId = runtime.Enqueue(body);
                queued.Add(requestId);
                var (report, problem) = await AnswerAsync(runtime, requestId, exited, timeout).ConfigureAwait(false);
                stopped = problem is null ? null : $"event {number} ({kind?.Name ?? "barrier"}, {requestId}): {problem}";
                var latency = Stopwatch.GetElapsedTime(queuedAt);
                if (report is not null && kind is not null)
                {
                    if (Sample(process) is { } after)
                    {
                        answered.Add(new SoakEvent(number, kind, requestId, report, latency, after));
                    }
                    else
                    {
                        stopped = $"event {number} ({kind.Name}, {requestId}): the process exited right after answering";
                    }
                }
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            var peak = process.HasExited ? 0 : PeakRss.Kilobytes(process.Id);
            var ec2 = standIns.Ec2.Calls.All;
            var calls = new SoakCalls(
                ec2.Count(c => c.Action == "ReplaceRoute" && c.Status == 200),
                ec2.Count(c => c.Action == "CreateEgressOnlyInternetGateway" && c.Status == 200),
                reExposed,
                standIns.Sns.Calls.All.Count(c => c.Action == "Publish" && c.Status == 200),
                standIns.Sqs.Received.Count);
            return new SoakResult(answered, queued, runtime.Reports, stopped, elapsed, peak, calls, [.. tail]);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await exited.ConfigureAwait(false);
        }
    }

    private static ProcessSample? Sample(Process process)
    {
        try
        {
            return ProcessSample.Of(process.Id);
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The report, or why there is none: the process exited first, or the generous timeout passed.</summary>
    private static async Task<(RuntimeReport? Report, string? Problem)> AnswerAsync(
        RuntimeApiStandIn runtime, string requestId, Task exited, TimeSpan timeout)
    {
        var answer = runtime.WaitForAsync(requestId, timeout);
        if (await Task.WhenAny(answer, exited).ConfigureAwait(false) == exited && !answer.IsCompletedSuccessfully)
        {
            return (null, "the process exited before answering");
        }

        try
        {
            return (await answer.ConfigureAwait(false), null);
        }
        catch (OperationCanceledException)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"no answer within {timeout.TotalSeconds:0} s: stuck"));
        }
    }

    /// <summary>Only what Lambda would give it; its output is drained (or the pipe would fill and stall it), the last lines kept.</summary>
    private static Process Start(FunctionBuild build, Dictionary<string, string> environment, ConcurrentQueue<string> tail)
    {
        var process = Process.Start(LambdaLikeEnvironment.Apply(build.StartInfo(), environment))
            ?? throw new InvalidOperationException($"{build.Name} did not start.");
        DataReceivedEventHandler keep = (_, e) =>
        {
            if (e.Data is { } line)
            {
                tail.Enqueue(line);
                while (tail.Count > TailLines && tail.TryDequeue(out string? _))
                {
                }
            }
        };
        process.OutputDataReceived += keep;
        process.ErrorDataReceived += keep;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
