using System.Diagnostics;
using System.Globalization;
using Remediator.Benchmarks.Shared;
using Remediator.StandIns.Chaos;

namespace Remediator.Benchmarks.Chaos;

/// <summary>
/// The chaos campaign of RELIABILITY.md §3: seeded random faults in every stand-in, the real handler and clients,
/// Lambda's retries modelled, the invariants checked after every attempt. Prints the figures; exits 1 when any
/// invariant was broken, listing the first of them. The time it took is printed, never judged.
/// </summary>
internal static class ChaosCommand
{
    private static readonly string[] Services = ["ec2", "sts", "sns", "sqs"];

    public static async Task<int> RunAsync(Options options)
    {
        var seed = options.Int("--seed", 42);
        var events = options.Int("--events", 2000);
        var lanes = options.Int("--lanes", 8);
        var clock = Stopwatch.StartNew();
        var tally = await ChaosCampaign.RunAsync(seed, events, lanes, new ChaosRates()).ConfigureAwait(false);
        clock.Stop();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chaos --seed {seed} --events {events} --lanes {lanes}: {clock.Elapsed.TotalSeconds:F1} s"));
        Console.WriteLine();
        var faults = new MarkdownTable(["service", .. Enum.GetNames<FaultKind>(), "outages (attempts)"]);
        foreach (var service in Services)
        {
            faults.Add([service, .. Enum.GetValues<FaultKind>().Select(k => (object)tally.Faults[service, k]), tally.Faults.Outages(service)]);
        }

        faults.Print(Console.Out);
        Console.WriteLine();
        var figures = new MarkdownTable(["figure", "count"]);
        foreach (var (name, value) in Figures(tally))
        {
            figures.Add([name, value]);
        }

        figures.Print(Console.Out);
        foreach (var violation in tally.Violations.Take(20))
        {
            Console.Error.WriteLine(violation);
        }

        return tally.Violations.Count == 0 ? 0 : 1;
    }

    private static IEnumerable<(string, object)> Figures(ChaosTally tally)
    {
        yield return ("faults injected", tally.Faults.Total);
        yield return ("events (of which from a member account)", $"{tally.Events} ({tally.MemberEvents})");
        yield return ("  judged from the payload alone (ignore-*, malformed-*)", tally.PayloadOnly);
        yield return ("  nothing to fix in reach (protected or clean tables only)", tally.NothingToFix);
        yield return ("  fixed (of which after a retry)", $"{tally.Fixed} ({tally.FixedAfterRetry})");
        yield return ("  left open, reported with the reason", tally.Reported);
        yield return ("  every attempt failed: kept by Lambda's dead-letter queue", tally.DeadLettered);
        yield return ("attempts (Lambda retries)", $"{tally.Attempts} ({tally.Retries})");
        yield return ("attempts failing with an unexpected exception", tally.UnexpectedErrors);
        yield return ("notifications sent", tally.NotificationsSent);
        yield return ("notifications not sent: logged whole and kept in the SQS dead-letter queue", tally.NotificationsKept);
        yield return ("notifications not sent: logged whole, SQS down too", tally.NotificationsLogOnly);
        foreach (var invariant in "abcde")
        {
            yield return ($"invariant ({invariant}) violations", tally.Violations.Count(v => v.Invariant == invariant));
        }
    }
}
