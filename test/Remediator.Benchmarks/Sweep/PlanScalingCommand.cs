using System.Diagnostics;
using System.Globalization;
using Remediator.Benchmarks.Shared;
using Remediator.Judgement;
using Remediator.Planning;

namespace Remediator.Benchmarks.Sweep;

/// <summary>
/// Judge and plan alone on sweep worlds of growing size, in process, split into the parts whose growth
/// matters (BENCHMARKS.md §4): the subnet-to-table index, and the look-up of each VPC's EIGW among all of the
/// region's, which is made for every VPC that has a table to fix.
/// </summary>
internal static class PlanScalingCommand
{
    public static int Run(Options options)
    {
        var sizes = options.Ints("--tables", [1_000, 10_000, 30_000, 100_000]);
        var planner = new RemediationPlanner(ClassificationRules.Default, Mode.Remediate);

        // Warmed on a mid-size world first, so that the first size is not measured in a lower JIT tier.
        var warm = SweepWorld.Build(5_000);
        for (var i = 0; i < 200; i++)
        {
            planner.Plan(warm);
        }

        var table = new MarkdownTable(
            "route tables", "plan, ms (median)", "plan per table, µs", "index (ByVpc) per table, µs", "VPCs to fix", "their EIGW look-ups, ms", "share of plan");
        foreach (var size in sizes)
        {
            var snapshot = SweepWorld.Build(size);
            var repeats = Math.Max(5, 300_000 / size);
            var toFix = planner.Plan(snapshot).Where(p => p.Gateway is not null).Select(p => p.Vpc.Id).ToHashSet(StringComparer.Ordinal);
            var networksToFix = snapshot.ByVpc().Where(n => toFix.Contains(n.Vpc.Id)).ToList();
            GC.Collect();
            var plan = Median(repeats, () => planner.Plan(snapshot));
            var index = Median(repeats, () => snapshot.ByVpc().Count());
            var lookups = Median(repeats, () => networksToFix.Count(n => n.AttachedEgressOnlyInternetGateway is not null));
            table.Add(size, F(plan), F(plan * 1000 / size), F(index * 1000 / size), networksToFix.Count, F(lookups), (lookups / plan).ToString("P0", CultureInfo.InvariantCulture));
        }

        table.Print(Console.Out);
        return 0;
    }

    private static double Median(int repeats, Func<object> work)
    {
        var times = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            var start = Stopwatch.GetTimestamp();
            GC.KeepAlive(work());
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return Statistics.Median(times);
    }

    private static string F(double value) => value.ToString(value < 10 ? "0.00" : "0", CultureInfo.InvariantCulture);
}
