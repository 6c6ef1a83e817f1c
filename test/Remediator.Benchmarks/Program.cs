using Remediator.Benchmarks.Allocations;
using Remediator.Benchmarks.Calls;
using Remediator.Benchmarks.Chaos;
using Remediator.Benchmarks.ColdPath;
using Remediator.Benchmarks.ColdStart;
using Remediator.Benchmarks.Shared;
using Remediator.Benchmarks.Soak;
using Remediator.Benchmarks.Sweep;
using Remediator.Benchmarks.Warm;

namespace Remediator.Benchmarks;

/// <summary>
/// One executable, one verb per measurement in BENCHMARKS.md. Every verb prints its numbers as a markdown
/// table and asserts nothing about time: a slow machine must not fail CI, it must show in the numbers.
/// </summary>
internal static class Program
{
    private const string Usage = """
        usage: Remediator.Benchmarks <verb> [options]
          warm [--short] [BenchmarkDotNet options]     parse, judge and plan in process (BenchmarkDotNet)
          allocations [--iterations 20000]             what allocates while parsing, judging and planning
          calls                                        EC2 calls and rounds per trigger, from the stand-in's log
          sweep [--tables 100,1000,10000] [--warm-tables 100000] [--measure-tables 30000]
                                                       sweep scaling: calls, time, memory per world size
          plan-scaling [--tables 1000,10000,30000,100000]
                                                       judge + plan alone on growing worlds, and its quadratic part
          coldstart --native BOOTSTRAP --managed BOOTSTRAP.DLL [--runs 20] [--warmup 1]
                                                       process start -> response posted, both builds alternating
          coldstart --organization --native BOOTSTRAP [--runs 20] [--warmup 1]
                                                       the same for the native bootstrap in single-account mode and in
                                                       organization mode (a member's event, the own account's), alternating
          coldpath --native BOOTSTRAP [--label NAME] [--baseline BOOTSTRAP [--baseline-label NAME]] [--rtt 2,10] [--trust system|amazon] [--organization] [--runs 20] [--warmup 1] [--timeline]
                                                       the cold path over HTTPS at modelled round-trip times: the exposure
                                                       window, its parts, connections, against the floor
          soak --native BOOTSTRAP | --managed BOOTSTRAP.DLL [--events 10000] [--warmup N/10] [--seed 1] [--timeout 120]
               [--no-huge] [--memory MB]
                                                       mixed events through one process's runtime loop: answers, memory,
                                                       sockets, threads; exit 1 on a correctness violation only
          chaos [--seed 42] [--events 2000] [--lanes 8]
                                                       seeded faults in every stand-in, Lambda's retries, invariants checked
                                                       after every attempt; exits 1 on a violation (RELIABILITY.md)
        """;

    public static async Task<int> Main(string[] args)
    {
        var options = new Options(args.Skip(1));
        return args.FirstOrDefault() switch
        {
            "warm" => WarmCommand.Run(options),
            "allocations" => AllocationsCommand.Run(options),
            "calls" => await CallsCommand.RunAsync().ConfigureAwait(false),
            "sweep" => await SweepCommand.RunAsync(options).ConfigureAwait(false),
            "plan-scaling" => PlanScalingCommand.Run(options),
            SweepClient.Verb => await SweepClient.RunAsync(options).ConfigureAwait(false),
            "chaos" => await ChaosCommand.RunAsync(options).ConfigureAwait(false),
            "coldstart" => await ColdStartCommand.RunAsync(options).ConfigureAwait(false),
            "coldpath" => await ColdPathCommand.RunAsync(options).ConfigureAwait(false),
            "soak" => await SoakCommand.RunAsync(options).ConfigureAwait(false),
            _ => Fail(),
        };
    }

    private static int Fail()
    {
        Console.Error.WriteLine(Usage);
        return 64;
    }
}
