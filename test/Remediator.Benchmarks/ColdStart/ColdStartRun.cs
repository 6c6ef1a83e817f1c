using System.Collections.Concurrent;
using System.Diagnostics;
using Remediator.StandIns.Calls;
using Remediator.StandIns.Ec2;
using Remediator.StandIns.Hosting;
using Remediator.StandIns.LambdaRuntime;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Worlds;

namespace Remediator.Benchmarks.ColdStart;

/// <summary>
/// One cold start as Lambda makes it: the event is already queued when the process starts, as it is when
/// an event causes the cold start. The world needs fixing (no EIGW yet, one exposing route), so the process
/// reads, creates the EIGW, replaces the route, publishes to SNS and posts its response. Fresh stand-ins
/// every run, configured as FunctionProcessTests configures them.
/// </summary>
internal static class ColdStartRun
{
    private const string InitLine = "Remediator initialised";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    public static async Task<ColdStartResult> RunAsync(FunctionBuild build)
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        await using var standIns = await FunctionStandIns.StartAsync(network.Snapshot()).ConfigureAwait(false);
        var requestId = standIns.Runtime.Enqueue(SampleEvents.CreateRoute(table.Id));
        var start = StartInfo(build, standIns.Environment());
        return await MeasureAsync(build, start, standIns.Runtime, requestId, standIns.Ec2.Calls).ConfigureAwait(false);
    }

    private static async Task<ColdStartResult> MeasureAsync(
        FunctionBuild build, ProcessStartInfo start, RuntimeApiStandIn runtime, string requestId, CallLog<Ec2Call> ec2Calls)
    {
        var output = new ConcurrentQueue<(TimeSpan At, string Line)>();
        var wallStart = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{build.Name} did not start.");
        try
        {
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

            var report = await runtime.WaitForAsync(requestId, Wait).ConfigureAwait(false);
            var responded = Stopwatch.GetElapsedTime(started);
            var peakRss = PeakRss.Kilobytes(process.Id);
            var calls = ec2Calls.All;
            if (!report.IsResponse || !calls.Any(c => c.Action == "ReplaceRoute" && c.Status == 200))
            {
                throw new InvalidOperationException(
                    $"{build.Name} did not fix the route: {report.Kind} {report.Body}\n{string.Join('\n', output.Select(o => o.Line))}");
            }

            double Since(DateTimeOffset at) => (at - wallStart).TotalMilliseconds;
            return new ColdStartResult(
                build,
                output.FirstOrDefault(o => o.Line.Contains(InitLine, StringComparison.Ordinal)).At.TotalMilliseconds,
                Since(calls.Min(c => c.ReceivedAt)),
                Since(calls.First(c => c.Action == "ReplaceRoute").ReceivedAt),
                responded.TotalMilliseconds,
                peakRss);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Only what the run gives, as in Lambda: no credentials or endpoints leak in from this machine.</summary>
    private static ProcessStartInfo StartInfo(FunctionBuild build, Dictionary<string, string> environment) =>
        LambdaLikeEnvironment.Apply(build.StartInfo(), environment);
}
