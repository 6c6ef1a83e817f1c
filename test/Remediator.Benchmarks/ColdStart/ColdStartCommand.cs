using System.Globalization;
using Remediator.Benchmarks.Shared;

namespace Remediator.Benchmarks.ColdStart;

/// <summary>
/// Cold start (BENCHMARKS.md §1): the native AOT bootstrap and the ReadyToRun build, or with
/// <c>--organization</c> the native bootstrap in single-account and organization mode. The variants alternate
/// run by run (the order rotating) so that whatever else the machine does falls on all of them alike.
/// </summary>
internal static class ColdStartCommand
{
    public static async Task<int> RunAsync(Options options)
    {
        var native = FunctionBuild.Native(options.Required("--native"));
        var organization = options.Flag("--organization");
        var variants = organization
            ? ColdStartVariant.Organization(native)
            : ColdStartVariant.Builds(native, FunctionBuild.Managed(options.Required("--managed")));
        var runs = options.Int("--runs", 20);
        var warmUps = options.Int("--warmup", 1);

        // The first runs also pay for this process's own JIT of the stand-ins and for a cold page cache.
        for (var i = 0; i < warmUps; i++)
        {
            foreach (var variant in variants)
            {
                await ColdStartRun.RunAsync(variant).ConfigureAwait(false);
            }
        }

        var results = new List<ColdStartResult>();
        for (var i = 0; i < runs; i++)
        {
            foreach (var variant in Rotated(variants, i))
            {
                var result = await ColdStartRun.RunAsync(variant).ConfigureAwait(false);
                results.Add(result);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {i + 1}/{runs}: {variant.Name}: {result.ResponseMs:0.0} ms"));
            }
        }

        var report = new ColdStartReport(results, variants);
        if (organization)
        {
            report.PrintOrganization(Console.Out);
        }
        else
        {
            report.PrintBuilds(Console.Out);
        }

        return 0;
    }

    /// <summary>Run <paramref name="run"/> starts with the variant after the one the run before started with.</summary>
    private static IEnumerable<ColdStartVariant> Rotated(IReadOnlyList<ColdStartVariant> variants, int run) =>
        variants.Skip(run % variants.Count).Concat(variants.Take(run % variants.Count));
}
