using System.Globalization;
using Remediator.Benchmarks.Shared;

namespace Remediator.Benchmarks.ColdStart;

/// <summary>The cold-start tables of BENCHMARKS.md §1, from the runs of each variant: times, memory, phases, calls.</summary>
internal sealed class ColdStartReport(IReadOnlyList<ColdStartResult> results, IReadOnlyList<ColdStartVariant> variants)
{
    /// <summary>Native AOT against ReadyToRun, and the ratio of their medians that issue 7 targets.</summary>
    public void PrintBuilds(TextWriter output)
    {
        Summary("build").Print(output);
        var ratio = Statistics.Median(Times(variants[1])) / Statistics.Median(Times(variants[0]));
        output.WriteLine(F($"ratio of medians (ReadyToRun / native AOT): {ratio:0.00} (target: at least 4)"));
        output.WriteLine();
        Phases(withAssumeRole: false).Print(output);
        Calls().Print(output);
    }

    /// <summary>Single-account mode first, then organization mode's variants, and what each costs more than the first.</summary>
    public void PrintOrganization(TextWriter output)
    {
        Summary($"variant, {variants[0].Build.Name}").Print(output);
        var baseline = variants[0];
        var cost = new MarkdownTable(
            "variant", "median − single account's, ms", "p90 − single account's, ms", "CPU median − single account's, ms",
            "peak RSS median − single account's, MB", "AssumeRole received → first EC2 call, median of the runs, ms");
        foreach (var variant in variants.Skip(1))
        {
            // Within one run, so that what else the machine does between runs does not enter it.
            var waited = Of(variant).Where(r => r.AssumeRoleMs is not null).Select(r => r.FirstEc2CallMs - r.AssumeRoleMs!.Value).ToList();
            cost.Add(
                variant.Name,
                Signed(Statistics.Median(Times(variant)) - Statistics.Median(Times(baseline))),
                Signed(Statistics.P90(Times(variant)) - Statistics.P90(Times(baseline))),
                Signed(Statistics.Median(Cpu(variant)) - Statistics.Median(Cpu(baseline))),
                Signed(Statistics.Median(RssMb(variant)) - Statistics.Median(RssMb(baseline))),
                waited.Count == 0 ? "—" : N(Statistics.Median(waited)));
        }

        cost.Print(output);
        Phases(withAssumeRole: true).Print(output);
        Calls().Print(output);
    }

    private MarkdownTable Summary(string first)
    {
        var summary = new MarkdownTable(
            first, "runs", "median, ms", "p90, ms", "min, ms", "max, ms", "CPU median, ms", "peak RSS median, MB", "peak RSS max, MB");
        foreach (var variant in variants)
        {
            var times = Times(variant);
            var rss = RssMb(variant);
            summary.Add(
                variant.Name, times.Count, N(Statistics.Median(times)), N(Statistics.P90(times)), N(times.Min()), N(times.Max()),
                N(Statistics.Median(Cpu(variant))), N(Statistics.Median(rss)), N(rss.Max()));
        }

        return summary;
    }

    private MarkdownTable Phases(bool withAssumeRole)
    {
        string[] headers = withAssumeRole
            ? ["variant (medians, ms from process start)", "initialised (logged)", "AssumeRole received", "first EC2 call", "ReplaceRoute received", "response posted"]
            : ["build (medians, ms from process start)", "initialised (logged)", "first EC2 call", "ReplaceRoute received", "response posted"];
        var phases = new MarkdownTable(headers);
        foreach (var variant in variants)
        {
            var of = Of(variant);
            var assumed = of.Where(r => r.AssumeRoleMs is not null).Select(r => r.AssumeRoleMs!.Value).ToList();
            List<object> row = [variant.Name, N(Statistics.Median([.. of.Select(r => r.InitLoggedMs)]))];
            if (withAssumeRole)
            {
                row.Add(assumed.Count == 0 ? "—" : N(Statistics.Median(assumed)));
            }

            row.AddRange(N(Statistics.Median([.. of.Select(r => r.FirstEc2CallMs)])), N(Statistics.Median([.. of.Select(r => r.ReplaceRouteMs)])), N(Statistics.Median(Times(variant))));
            phases.Add([.. row]);
        }

        return phases;
    }

    /// <summary>What the stand-ins received per run; a variant whose runs differed lists each kind of run.</summary>
    private MarkdownTable Calls()
    {
        var calls = new MarkdownTable("variant", "calls per run (the stand-ins' logs)");
        foreach (var variant in variants)
        {
            calls.Add(variant.Name, string.Join("; or ", Of(variant).Select(r => r.Calls).Distinct()));
        }

        return calls;
    }

    private List<ColdStartResult> Of(ColdStartVariant variant) => [.. results.Where(r => r.Variant == variant)];

    private List<double> Times(ColdStartVariant variant) => [.. Of(variant).Select(r => r.ResponseMs)];

    private List<double> Cpu(ColdStartVariant variant) => [.. Of(variant).Select(r => r.CpuMs)];

    private List<double> RssMb(ColdStartVariant variant) => [.. Of(variant).Select(r => r.PeakRssKb / 1024.0)];

    private static string N(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Signed(double value) => value.ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
