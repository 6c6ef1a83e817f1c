using System.Globalization;
using System.Text.Json;
using Remediator.Benchmarks.Shared;

namespace Remediator.Benchmarks.Soak;

/// <summary>The soak's figures as RELIABILITY.md §2 publishes them: the events by kind, the answers, the process's resources, the throughput.</summary>
internal sealed class SoakReport(SoakResult result, SoakVerdict verdict, int warmUp)
{
    public void Print(TextWriter output)
    {
        Kinds().Print(output);
        Answers().Print(output);
        Resources().Print(output);
        OverTime().Print(output);
        Work().Print(output);
        if (!verdict.Passed)
        {
            output.WriteLine("Violations:");
            foreach (var violation in verdict.Violations)
            {
                output.WriteLine($"- {violation}");
            }

            output.WriteLine();
            output.WriteLine("The process's last lines:");
            foreach (var line in result.OutputTail)
            {
                output.WriteLine(line);
            }
        }
    }

    private MarkdownTable Kinds()
    {
        var table = new MarkdownTable("group", "kind", "events", "responses", "error reports (type)", "as expected", "responses with a route replaced");
        foreach (var kind in result.Events.GroupBy(e => e.Kind).OrderBy(g => g.Key.Group, StringComparer.Ordinal).ThenBy(g => g.Key.Name, StringComparer.Ordinal))
        {
            var errors = kind.Where(e => !e.Report.IsResponse).GroupBy(e => e.Report.ErrorType ?? "none").Select(g => $"{g.Count()} ({g.Key})");
            table.Add(
                kind.Key.Group, kind.Key.Name, kind.Count(), kind.Count(e => e.Report.IsResponse), string.Join(", ", errors.DefaultIfEmpty("0")),
                kind.Count(SoakVerdict.AsExpected), kind.Count(e => e.Report.IsResponse && ReplacedRoutes(e.Report.Body) > 0));
        }

        var all = result.Events;
        table.Add(
            "all", $"{all.Select(e => e.Kind).Distinct().Count()} kinds", all.Count, all.Count(e => e.Report.IsResponse), all.Count(e => !e.Report.IsResponse),
            all.Count(SoakVerdict.AsExpected), all.Count(e => e.Report.IsResponse && ReplacedRoutes(e.Report.Body) > 0));
        return table;
    }

    private MarkdownTable Answers()
    {
        var table = new MarkdownTable("request ids queued (with the barrier)", "answered exactly once", "duplicate reports", "lost", "reports for no queued id", "verdict");
        table.Add(result.Queued.Count, verdict.AnsweredOnce, verdict.Duplicates, verdict.Lost, verdict.Strays, verdict.Passed ? "pass" : "FAIL");
        return table;
    }

    private MarkdownTable Resources()
    {
        var events = result.Events;
        var table = new MarkdownTable("process", "after event 1", F($"after warm-up (event {warmUp})"), "peak after warm-up", "end", "end − after warm-up");
        if (events.Count <= warmUp)
        {
            return table;
        }

        var (first, warm, end) = (events[0].After, events[warmUp - 1].After, events[^1].After);
        var measured = events.Skip(warmUp).Select(e => e.After).ToList();
        table.Add("VmRSS, MB", Mb(first.RssKb), Mb(warm.RssKb), Mb(measured.Max(s => s.RssKb)), Mb(end.RssKb), Signed((end.RssKb - warm.RssKb) / 1024.0));
        table.Add("threads", first.Threads, warm.Threads, measured.Max(s => s.Threads), end.Threads, Signed(end.Threads - warm.Threads));
        table.Add("sockets", first.Sockets, warm.Sockets, measured.Max(s => s.Sockets), end.Sockets, Signed(end.Sockets - warm.Sockets));
        table.Add("open descriptors", first.Descriptors, warm.Descriptors, measured.Max(s => s.Descriptors), end.Descriptors, Signed(end.Descriptors - warm.Descriptors));
        table.Add("VmHWM (peak over the process's life), MB", "", "", "", Mb(result.PeakRssKb), "");
        return table;
    }

    /// <summary>The process after every tenth of the events: flat, or growing, shows here rather than in two end points.</summary>
    private MarkdownTable OverTime()
    {
        var events = result.Events;
        var table = new MarkdownTable("after event", "VmRSS, MB", "threads", "sockets", "open descriptors");
        foreach (var at in Enumerable.Range(1, 10).Select(tenth => (events.Count * tenth / 10) - 1).Where(i => i >= 0).Distinct())
        {
            var sample = events[at].After;
            table.Add(events[at].Number, Mb(sample.RssKb), sample.Threads, sample.Sockets, sample.Descriptors);
        }

        return table;
    }

    private MarkdownTable Work()
    {
        var latencies = result.Events.Select(e => e.Latency.TotalMilliseconds).ToList();
        var calls = result.Calls;
        var table = new MarkdownTable(
            "wall time, s", "events/s", "queued → answered median, ms", "p99, ms", "max, ms",
            "ReplaceRoute", "EIGWs created", "tables re-exposed", "SNS publishes", "SQS (undelivered)");
        table.Add(
            F($"{result.Elapsed.TotalSeconds:0.0}"), F($"{result.Events.Count / result.Elapsed.TotalSeconds:0}"),
            F($"{Statistics.Median(latencies):0.0}"), F($"{Statistics.Percentile(latencies, 99):0.0}"), F($"{latencies.DefaultIfEmpty(0).Max():0.0}"),
            calls.ReplaceRoutes, calls.CreatedGateways, calls.ReExposed, calls.Published, calls.Undelivered);
        return table;
    }

    /// <summary>The routes the response says were replaced: plans → tables → routes with status replaced.</summary>
    private static int ReplacedRoutes(string response)
    {
        using var json = JsonDocument.Parse(response);
        return json.RootElement.GetProperty("plans").EnumerateArray()
            .SelectMany(p => p.GetProperty("tables").EnumerateArray())
            .SelectMany(t => t.GetProperty("routes").EnumerateArray())
            .Count(r => r.GetProperty("status").GetString() == "replaced");
    }

    private static string Mb(long kb) => F($"{kb / 1024.0:0.0}");

    private static string Signed(double value) => value.ToString("+0.#;−0.#;0", CultureInfo.InvariantCulture);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
