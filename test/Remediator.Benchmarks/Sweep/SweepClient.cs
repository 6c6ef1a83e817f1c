using System.Diagnostics;
using System.Text.Json;
using Amazon.EC2;
using Remediator.Benchmarks.Shared;
using Remediator.Ec2.Acting;
using Remediator.Ec2.Reading;
using Remediator.Judgement;
using Remediator.Network;
using Remediator.Outcomes;
using Remediator.Planning;
using Remediator.StandIns.Doubles;
using Remediator.StandIns.Harnesses;
using Remediator.StandIns.Samples;
using Remediator.Triggers;

namespace Remediator.Benchmarks.Sweep;

/// <summary>
/// The client side of one sweep measurement, in a process of its own so that its memory and CPU are its own
/// and not the stand-in's: the real Ec2NetworkReader and RemediationPlanner against the stand-in at
/// <c>--endpoint</c>, then the whole handler once, which also carries out the fixes.
/// </summary>
internal sealed class SweepClient
{
    public const string Verb = "sweep-client";
    public const string Begin = "sweep-measure-begin";
    public const string End = "sweep-measure-end";
    public const string ResultPrefix = "sweep-result ";

    private readonly IAmazonEC2 client;
    private readonly CountingReader reader;
    private readonly RemediationPlanner planner = new(ClassificationRules.Default, Mode.Remediate);
    private readonly ValueList<RecheckScope> scopes = [new RegionScope(Ec2Harness.Region)];

    private SweepClient(IAmazonEC2 client)
    {
        this.client = client;
        reader = new CountingReader(new Ec2NetworkReader(client));
    }

    public static async Task<int> RunAsync(Options options)
    {
        using var client = Ec2Harness.CreateClient(new Uri(options.Required("--endpoint")));
        var measurement = await new SweepClient(client).MeasureAsync(SweepVolume.From(options)).ConfigureAwait(false);
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(measurement));
        return 0;
    }

    private async Task<SweepMeasurement> MeasureAsync(SweepVolume volume)
    {
        var first = Stopwatch.StartNew();
        var (snapshot, plans) = await SweepAsync().ConfigureAwait(false);
        first.Stop();

        var size = Math.Max(1, snapshot.RouteTables.Count);
        for (var i = 0; i < volume.WarmUps(size); i++)
        {
            (snapshot, plans) = await SweepAsync().ConfigureAwait(false);
        }

        // The parent samples the stand-in's CPU time between these two lines.
        Console.WriteLine(Begin);
        var repeats = volume.Repeats(size);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var reads = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            var start = Stopwatch.GetTimestamp();
            (snapshot, plans) = await SweepAsync().ConfigureAwait(false);
            reads.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / repeats;
        var cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds / repeats;
        Console.WriteLine(End);

        var planning = PlanTimes(snapshot, repeats);
        var snapshotBytes = await SnapshotBytesAsync().ConfigureAwait(false);
        GC.KeepAlive(plans);
        var (fixMs, replaced) = await FixAsync().ConfigureAwait(false);
        using var self = Process.GetCurrentProcess();
        return new SweepMeasurement(
            reader.Reads, volume.WarmUps(size), repeats, snapshot.Vpcs.Count, snapshot.Subnets.Count, snapshot.RouteTables.Count,
            snapshot.EgressOnlyInternetGateways.Count, plans.Count, first.Elapsed.TotalMilliseconds, Statistics.Median(reads),
            Statistics.Median(planning), allocated, snapshotBytes, self.PeakWorkingSet64, cpu, fixMs, replaced);
    }

    /// <summary>
    /// Judging and planning alone, after a collection: measured inside the sweeps, the planner would also pay
    /// for collecting the garbage the reads left behind.
    /// </summary>
    private List<double> PlanTimes(NetworkSnapshot snapshot, int repeats)
    {
        GC.Collect();
        var times = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            var start = Stopwatch.GetTimestamp();
            planner.Plan(snapshot, scopes);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return times;
    }

    private async Task<(NetworkSnapshot Snapshot, ValueList<RemediationPlan> Plans)> SweepAsync()
    {
        var snapshot = await reader.ReadAsync(scopes, CancellationToken.None).ConfigureAwait(false);
        return (snapshot, planner.Plan(snapshot, scopes));
    }

    /// <summary>
    /// The heap one snapshot and its plans hold: the heap with a second one held beside the caller's, less the
    /// heap before it. (Dropping the caller's and measuring the fall does not work: something outside this
    /// class keeps the latest read alive, so the heap hardly falls.)
    /// </summary>
    private async Task<long> SnapshotBytesAsync()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var second = await SweepAsync().ConfigureAwait(false);
        var bytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(second.Snapshot);
        GC.KeepAlive(second.Plans);
        return bytes;
    }

    /// <summary>The sweep as the function runs it: read, plan, create the missing EIGWs, replace the routes.</summary>
    private async Task<(double Ms, int RoutesReplaced)> FixAsync()
    {
        var handler = new HandlerDoubles().Handler(reader, new Ec2PlanExecutor(client, TimeProvider.System), Mode.Remediate);
        var fix = Stopwatch.StartNew();
        var result = await handler.HandleAsync(SampleEvents.Read("scheduled-sweep.json"), CancellationToken.None).ConfigureAwait(false);
        return (fix.Elapsed.TotalMilliseconds, result.Outcomes.SelectMany(o => o.Routes).Count(r => r.Status == RouteStatus.Replaced));
    }
}
