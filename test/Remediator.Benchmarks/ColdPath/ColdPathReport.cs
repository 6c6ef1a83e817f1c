using System.Globalization;
using Remediator.Benchmarks.Shared;

namespace Remediator.Benchmarks.ColdPath;

/// <summary>The table of BENCHMARKS.md §6: the window and its parts per build and round-trip time, with the floor beside it.</summary>
internal sealed class ColdPathReport(IReadOnlyList<ColdPathResult> results, IReadOnlyList<ColdPathVariant> variants)
{
    public void Print(TextWriter output)
    {
        var table = new MarkdownTable(
            "RTT", "build", "runs", "window median, ms", "window p90, ms", "floor, ms", "init", "connection set-up", "waiting on answers",
            "own work after init", "connections in window / in all", "answer in stand-in, ms", "response posted, ms", "peak RSS, MB");
        foreach (var variant in variants)
        {
            var of = results.Where(r => r.Variant == variant).ToList();
            string Median(Func<ColdPathResult, double> part) => N(Statistics.Median([.. of.Select(part)]));
            table.Add(
                N(variant.RoundTrip.TotalMilliseconds) + " ms",
                variant.Label,
                of.Count,
                Median(r => r.WindowMs),
                N(Statistics.P90([.. of.Select(r => r.WindowMs)])),
                N(variant.FloorMs),
                Median(r => r.InitMs),
                Median(r => r.SetUpMs),
                Median(r => r.AnsweringMs),
                Median(r => r.OwnWorkMs),
                $"{Median(r => r.ConnectionsInWindow)} / {Median(r => r.Connections)}",
                Median(r => r.RoundTripMs),
                Median(r => r.ResponseMs),
                Median(r => r.PeakRssKb / 1024.0));
        }

        table.Print(output);
        output.WriteLine("Parts are medians of each part, so they need not add up to the window's median exactly; in each run they do.");
    }

    private static string N(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
