using System.Globalization;
using Remediator.Benchmarks.ColdStart;
using Remediator.Benchmarks.Shared;

namespace Remediator.Benchmarks.Soak;

/// <summary>
/// The soak (RELIABILITY.md §2): many mixed events through one function process's real runtime loop, against the
/// stand-ins. It prints figures and fails (exit 1) only on a correctness violation, never on a time.
/// </summary>
internal static class SoakCommand
{
    public static async Task<int> RunAsync(Options options)
    {
        var build = options.Value("--managed") is { } managed ? FunctionBuild.Managed(managed) : FunctionBuild.Native(options.Required("--native"));
        var events = options.Int("--events", 10_000);
        var warmUp = options.Int("--warmup", Math.Max(1, events / 10));
        var seed = options.Int("--seed", 1);
        var huge = !options.Flag("--no-huge");
        var memoryMb = options.Value("--memory") is { } memory ? int.Parse(memory, CultureInfo.InvariantCulture) : (int?)null;

        // Far beyond the 60 s deadline each event is given: an invocation this late is stuck, not slow.
        var timeout = TimeSpan.FromSeconds(options.Int("--timeout", 120));
        if (events < 2 || warmUp < 1 || warmUp >= events)
        {
            throw new ArgumentException("--events must be at least 2, and --warmup at least 1 and fewer than --events.");
        }

        Console.WriteLine(F($"soak: {events} events (seed {seed}, warm-up {warmUp}{(huge ? "" : ", no 6 MB kinds")}{(memoryMb is { } mb ? $", the GC told of {mb} MB" : "")}) through one process of {build.Name}: {build.Path}"));
        Console.WriteLine();
        var result = await SoakRun.RunAsync(build, events, huge, memoryMb, seed, timeout).ConfigureAwait(false);
        var verdict = SoakVerdict.Of(result, warmUp);
        new SoakReport(result, verdict, warmUp).Print(Console.Out);
        return verdict.Passed ? 0 : 1;
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
