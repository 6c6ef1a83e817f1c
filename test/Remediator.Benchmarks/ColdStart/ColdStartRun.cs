using System.Collections.Concurrent;
using System.Diagnostics;
using Amazon.Runtime;
using Remediator.StandIns.Calls;
using Remediator.StandIns.Ec2;
using Remediator.StandIns.Harnesses;
using Remediator.StandIns.Hosting;
using Remediator.StandIns.LambdaRuntime;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Signing;
using Remediator.StandIns.Sns;
using Remediator.StandIns.Sqs;
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
    private static readonly ImmutableCredentials Keys =
        new(StandInCredentials.AccessKey, StandInCredentials.SecretKey, "session-token-of-the-function-role");

    public static async Task<ColdStartResult> RunAsync(FunctionBuild build)
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        await using var runtime = await RuntimeApiStandIn.StartAsync().ConfigureAwait(false);
        await using var ec2 = await Ec2StandIn.StartAsync(new Ec2World(network.Snapshot()), Keys).ConfigureAwait(false);
        await using var sns = await SnsStandIn.StartAsync(Keys, Ec2Harness.Region).ConfigureAwait(false);
        await using var sqs = await SqsStandIn.StartAsync(credentials: Keys).ConfigureAwait(false);
        var requestId = runtime.Enqueue(SampleEvents.CreateRoute(table.Id));
        var start = StartInfo(build, new Dictionary<string, string>
        {
            ["AWS_LAMBDA_RUNTIME_API"] = runtime.Address,
            ["AWS_REGION"] = Ec2Harness.Region,
            ["AWS_ACCESS_KEY_ID"] = Keys.AccessKey,
            ["AWS_SECRET_ACCESS_KEY"] = Keys.SecretKey,
            ["AWS_SESSION_TOKEN"] = Keys.Token,
            ["AWS_ENDPOINT_URL_EC2"] = ec2.Url.ToString(),
            ["AWS_ENDPOINT_URL_SNS"] = sns.Url.ToString(),
            ["AWS_ENDPOINT_URL_SQS"] = sqs.Url.ToString(),
            ["MODE"] = "remediate",
            ["TOPIC_ARN"] = sns.Topics.Create("remediator"),
            ["UNDELIVERED_QUEUE_URL"] = sqs.QueueUrl,
        });
        return await MeasureAsync(build, start, runtime, requestId, ec2.Calls).ConfigureAwait(false);
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
