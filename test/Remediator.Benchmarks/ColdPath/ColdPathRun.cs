using Remediator.Benchmarks.ColdStart;
using Remediator.StandIns.Hosting;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Tls;
using Remediator.StandIns.Worlds;

namespace Remediator.Benchmarks.ColdPath;

/// <summary>
/// One cold start as in <see cref="ColdStartRun"/> (the CreateRoute sample queued before the process starts,
/// a world that needs the fix), with EC2, SNS and SQS served over HTTPS at the variant's round-trip time. The
/// process trusts the stand-ins' root through <c>SSL_CERT_FILE</c>, a bundle of this machine's public CAs plus
/// that root; <c>SSL_CERT_DIR</c> names an empty folder, so that the bundle is the whole certificate store.
/// </summary>
/// <param name="debugLog">The process logs at DEBUG (a line per AWS call) and its lines join the timeline; costs it a little.</param>
internal sealed class ColdPathRun(TestCertificateAuthority authority, string trustBundle, string emptyCertificateFolder, bool debugLog)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    public async Task<ColdPathResult> RunAsync(ColdPathVariant variant)
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        var timeline = new NetworkTimeline();
        var https = ServerTransport.Https(authority.Server, variant.RoundTrip, timeline);
        await using var standIns = await FunctionStandIns.StartAsync(network.Snapshot(), https).ConfigureAwait(false);
        await using var member = variant.MemberEvent
            ? await MemberAccountStandIns.StartAsync(FunctionStandIns.RoleKeys, standIns.Ec2, network.Snapshot(), https).ConfigureAwait(false)
            : null;
        var environment = standIns.Environment();
        member?.Configure(environment);
        environment["SSL_CERT_FILE"] = trustBundle;
        environment["SSL_CERT_DIR"] = emptyCertificateFolder;
        if (debugLog)
        {
            environment["LOG_LEVEL"] = "DEBUG";
        }

        var sample = SampleEvents.CreateRoute(table.Id);
        var requestId = standIns.Runtime.Enqueue(member is null ? sample : MemberAccountStandIns.Forwarded(sample, inTheFunctionsRegion: true));
        var fixedIn = member?.World ?? standIns.Ec2.World;

        await using var process = TimedFunctionProcess.Start(LambdaLikeEnvironment.Apply(variant.Build.StartInfo(), environment), variant.Build.Name);
        var report = await standIns.Runtime.WaitForAsync(requestId, Wait).ConfigureAwait(false);
        var responded = process.ElapsedMs;
        var peakRss = PeakRss.Kilobytes(process.Id);
        if (!report.IsResponse || !fixedIn.Ipv6DefaultTarget(table.Id).StartsWith("eigw-", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{variant.Label} did not fix the route: {report.Kind} {report.Body}\n{process.Text}");
        }

        var window = process.Since(standIns.Ec2.Calls.All.First(c => c.Action == "ReplaceRoute").ReceivedAt);
        var init = process.InitMs;
        var entries = timeline.All.Select(e => (e.Kind, Start: process.Since(e.Start), End: process.Since(e.End))).ToList();
        var setUps = entries.Where(e => e.Kind == NetworkIntervalKind.ConnectionSetUp).Select(e => (e.Start, e.End)).ToList();
        var setUp = Intervals.UnionMs(setUps, init, window);
        var busy = Intervals.UnionMs(entries.Select(e => (e.Start, e.End)), init, window);
        var answers = entries.Where(e => e.Kind == NetworkIntervalKind.Answer).Select(e => e.End - e.Start).ToList();
        var story = entries.SelectMany(e => new[] { (e.Start, $"{e.Kind} starts"), (e.End, $"{e.Kind} ends") })
            .Concat(standIns.Ec2.Calls.All.Select(c => (process.Since(c.ReceivedAt), $"EC2 {c.Action} arrives")))
            .Concat(member?.Sts.Calls.All.Select(c => (process.Since(c.ReceivedAt), "STS AssumeRole arrives")) ?? [])
            .Concat(debugLog ? process.Output.Select(o => (o.At.TotalMilliseconds, "log: " + o.Line[..Math.Min(o.Line.Length, 160)])) : [])
            .Append((init, "init line"))
            .Append((responded, "response posted"))
            .OrderBy(e => e.Item1)
            .ToList();
        return new ColdPathResult(
            variant,
            window,
            init,
            setUp,
            busy - setUp,
            setUps.Count(s => s.Start < window),
            setUps.Count,
            Shared.Statistics.Median(answers),
            responded,
            peakRss,
            story);
    }
}
