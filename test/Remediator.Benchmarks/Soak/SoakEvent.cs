using Remediator.StandIns.LambdaRuntime;

namespace Remediator.Benchmarks.Soak;

/// <summary>One event the soak queued, and what came of it once the function answered.</summary>
/// <param name="Report">The function's first report for the request id (a later one would be a duplicate).</param>
/// <param name="Latency">From queuing the event to the stand-in's receipt of the report.</param>
/// <param name="After">The process, sampled as soon as it had answered.</param>
internal sealed record SoakEvent(int Number, SoakKind Kind, string RequestId, RuntimeReport Report, TimeSpan Latency, ProcessSample After);
