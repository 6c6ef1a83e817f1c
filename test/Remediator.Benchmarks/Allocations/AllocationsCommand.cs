using System.Globalization;
using Remediator.Benchmarks.Shared;
using Remediator.Benchmarks.Warm;
using Remediator.Judgement;
using Remediator.Planning;
using Remediator.StandIns.Samples;
using Remediator.Triggers;

namespace Remediator.Benchmarks.Allocations;

/// <summary>
/// What allocates in the warm path (BENCHMARKS.md §2): the types behind the bytes that BenchmarkDotNet's
/// memory diagnoser counts, for parsing the CreateRoute event and for judging and planning the benchmark VPC.
/// </summary>
internal static class AllocationsCommand
{
    private const int Top = 8;

    public static int Run(Options options)
    {
        var iterations = options.Int("--iterations", 20_000);
        var parser = new TriggerParser(ClassificationRules.Default);
        var planner = new RemediationPlanner(ClassificationRules.Default, Mode.Remediate);
        var vpc = BenchmarkVpc.Build();
        var createRoute = SampleEvents.Read("create-route-ipv6-default-to-igw.json");
        Print("parse create-route-ipv6-default-to-igw.json", iterations, () => parser.Parse(createRoute));
        Print("judge + plan the whole benchmark VPC", iterations, () => planner.Plan(vpc.Snapshot));
        Print("judge + plan the route table scope", iterations, () => planner.Plan(vpc.Snapshot, vpc.RouteTableScope));
        return 0;
    }

    private static void Print(string what, int iterations, Func<object> work)
    {
        for (var i = 0; i < 1_000; i++)
        {
            work();
        }

        using var sampler = new AllocationSampler();
        var before = GC.GetAllocatedBytesForCurrentThread();
        sampler.Start();
        for (var i = 0; i < iterations; i++)
        {
            work();
        }

        var perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / iterations;
        var table = new MarkdownTable("type", "share of bytes");
        foreach (var (type, share) in sampler.Stop().Take(Top))
        {
            table.Add(type, share.ToString("P0", CultureInfo.InvariantCulture));
        }

        Console.WriteLine($"{what}: {perCall} bytes per call");
        table.Print(Console.Out);
    }
}
