namespace Remediator.Benchmarks.Soak;

/// <summary>
/// The soak's judgement of correctness, never of speed: every request id answered exactly once, each as its kind
/// expects, the process alive to the end, and its sockets and threads no more numerous at the end than after warm-up,
/// give or take what a thread pool and a connection pool may add.
/// </summary>
internal sealed record SoakVerdict(int AnsweredOnce, int Duplicates, int Lost, int Strays, IReadOnlyList<string> Violations)
{
    public const int SocketSlack = 8;
    public const int ThreadSlack = 16;
    private const string InvalidEvent = "Remediator.InvalidEvent";

    public bool Passed => Violations.Count == 0;

    public static SoakVerdict Of(SoakResult result, int warmUp)
    {
        var byId = result.Reports.Where(r => r.RequestId is not null).ToLookup(r => r.RequestId!, StringComparer.Ordinal);
        var queued = result.Queued.ToHashSet(StringComparer.Ordinal);
        var once = result.Queued.Count(id => byId[id].Count() == 1);
        var duplicates = result.Queued.Sum(id => Math.Max(0, byId[id].Count() - 1));
        var lost = result.Queued.Count(id => !byId[id].Any());
        var strays = result.Reports.Count(r => r.RequestId is null || !queued.Contains(r.RequestId));

        var violations = new List<string>();
        if (result.Stopped is { } stopped)
        {
            violations.Add($"the run stopped at {stopped}");
        }

        Add(violations, duplicates, "reports beyond the first for a request id");
        Add(violations, lost, "request ids never answered");
        Add(violations, strays, "reports for no request id queued (or an init error)");
        violations.AddRange(result.Events.Where(e => !AsExpected(e)).Take(20).Select(e =>
            $"event {e.Number} ({e.Kind.Name}) expected {e.Kind.Expected}, got {e.Report.Kind} {e.Report.ErrorType}: {Cut(e.Report.Body)}"));
        if (result.Events.Count > warmUp)
        {
            var (after, end) = (result.Events[warmUp - 1].After, result.Events[^1].After);
            Growth(violations, "sockets", after.Sockets, end.Sockets, SocketSlack);
            Growth(violations, "threads", after.Threads, end.Threads, ThreadSlack);
        }

        return new SoakVerdict(once, duplicates, lost, strays, violations);
    }

    public static bool AsExpected(SoakEvent soaked) => soaked.Kind.Expected switch
    {
        ExpectedAnswer.Response => soaked.Report.IsResponse,
        _ => soaked.Report is { Kind: "error", ErrorType: InvalidEvent },
    };

    private static void Add(List<string> violations, int count, string what)
    {
        if (count > 0)
        {
            violations.Add($"{count} {what}");
        }
    }

    private static void Growth(List<string> violations, string what, int afterWarmUp, int end, int slack)
    {
        if (end - afterWarmUp > slack)
        {
            violations.Add($"{what} grew from {afterWarmUp} after warm-up to {end} at the end (more than {slack})");
        }
    }

    private static string Cut(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
