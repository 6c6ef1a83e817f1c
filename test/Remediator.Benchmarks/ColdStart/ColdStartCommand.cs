using System.Globalization;
using Remediator.Benchmarks.Shared;

namespace Remediator.Benchmarks.ColdStart;

/// <summary>
/// Cold start (BENCHMARKS.md §1): the native AOT bootstrap and the ReadyToRun build, alternating run by run
/// (and swapping which goes first) so that whatever else the machine does falls on both alike.
/// </summary>
internal static class ColdStartCommand
{
    public static async Task<int> RunAsync(Options options)
    {
        var native = FunctionBuild.Native(options.Required("--native"));
        var managed = FunctionBuild.Managed(options.Required("--managed"));
        var runs = options.Int("--runs", 20);
        var warmUps = options.Int("--warmup", 1);

        // The first runs also pay for this process's own JIT of the stand-ins and for a cold page cache.
        for (var i = 0; i < warmUps; i++)
        {
            await ColdStartRun.RunAsync(native).ConfigureAwait(false);
            await ColdStartRun.RunAsync(managed).ConfigureAwait(false);
        }

        var results = new List<ColdStartResult>();
        for (var i = 0; i < runs; i++)
        {
            foreach (var build in i % 2 == 0 ? [native, managed] : new[] { managed, native })
            {
                var result = await ColdStartRun.RunAsync(build).ConfigureAwait(false);
                results.Add(result);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {i + 1}/{runs}: {build.Name}: {result.ResponseMs:0.0} ms"));
            }
        }

        Print(results, native, managed);
        return 0;
    }

    private static void Print(List<ColdStartResult> results, FunctionBuild native, FunctionBuild managed)
    {
        var summary = new MarkdownTable("build", "runs", "median, ms", "p90, ms", "min, ms", "max, ms", "peak RSS median, MB", "peak RSS max, MB");
        var phases = new MarkdownTable("build (medians, ms from process start)", "initialised (logged)", "first EC2 call", "ReplaceRoute received", "response posted");
        foreach (var build in new[] { native, managed })
        {
            var of = results.Where(r => r.Build == build).ToList();
            var times = of.Select(r => r.ResponseMs).ToList();
            var rss = of.Select(r => r.PeakRssKb / 1024.0).ToList();
            summary.Add(build.Name, of.Count, F(Statistics.Median(times)), F(Statistics.P90(times)), F(times.Min()), F(times.Max()), F(Statistics.Median(rss)), F(rss.Max()));
            phases.Add(
                build.Name,
                F(Statistics.Median([.. of.Select(r => r.InitLoggedMs)])),
                F(Statistics.Median([.. of.Select(r => r.FirstEc2CallMs)])),
                F(Statistics.Median([.. of.Select(r => r.ReplaceRouteMs)])),
                F(Statistics.Median(times)));
        }

        summary.Print(Console.Out);
        var ratio = Statistics.Median([.. results.Where(r => r.Build == managed).Select(r => r.ResponseMs)])
            / Statistics.Median([.. results.Where(r => r.Build == native).Select(r => r.ResponseMs)]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio of medians (ReadyToRun / native AOT): {ratio:0.00} (target: at least 4)"));
        Console.WriteLine();
        phases.Print(Console.Out);
    }

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
