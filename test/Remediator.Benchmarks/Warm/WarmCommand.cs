using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using Remediator.Benchmarks.Shared;

namespace Remediator.Benchmarks.Warm;

/// <summary>
/// Runs the in-process benchmarks with BenchmarkDotNet and its memory diagnoser. In process (no generated
/// project per benchmark): on two cores, building one per benchmark would cost more than measuring.
/// </summary>
internal static class WarmCommand
{
    public static int Run(Options options)
    {
        // --short: a few iterations of 50 ms, enough to print believable numbers in CI within seconds.
        var job = options.Flag("--short")
            ? Job.Default.WithWarmupCount(1).WithIterationCount(3).WithIterationTime(TimeInterval.FromMilliseconds(50)).WithId("Short")
            : Job.Default.WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(15).WithId("Modest");
        var config = DefaultConfig.Instance
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median, StatisticColumn.P90)
            .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(48))
            .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));

        // Without a filter BenchmarkDotNet asks on the console which benchmarks to run; CI has no console.
        var args = options.Rest.Contains("--filter") ? options.Rest : [.. options.Rest, "--filter", "*"];
        var summaries = BenchmarkSwitcher.FromTypes([typeof(ParseBenchmarks), typeof(JudgeAndPlanBenchmarks)]).Run(args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
