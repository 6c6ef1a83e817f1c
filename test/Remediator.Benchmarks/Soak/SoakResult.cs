using Remediator.StandIns.LambdaRuntime;

namespace Remediator.Benchmarks.Soak;

/// <summary>What one soak saw: the events answered, every report the Runtime API stand-in received, and the process.</summary>
/// <param name="Queued">Every request id queued, in order, the closing barrier's last.</param>
/// <param name="Stopped">Why the run ended before its last event (the process exited, or an event went unanswered); null when it did not.</param>
/// <param name="PeakRssKb">VmHWM once the last event was answered: the peak over the process's whole life.</param>
/// <param name="OutputTail">The process's last lines of output, for a run that failed.</param>
internal sealed record SoakResult(
    IReadOnlyList<SoakEvent> Events,
    IReadOnlyList<string> Queued,
    IReadOnlyList<RuntimeReport> Reports,
    string? Stopped,
    TimeSpan Elapsed,
    long PeakRssKb,
    SoakCalls Calls,
    IReadOnlyList<string> OutputTail);

/// <summary>What the stand-ins did for the function, and the soak for the world.</summary>
/// <param name="ReExposed">Tables put back to their exposed routes before an event, after the function had fixed them.</param>
internal sealed record SoakCalls(int ReplaceRoutes, int CreatedGateways, int ReExposed, int Published, int Undelivered);
