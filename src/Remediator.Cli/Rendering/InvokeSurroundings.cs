namespace Remediator.Cli.Rendering;

/// <summary>What an invoke report says beyond the handler's result: how what the event names relates to the rest of the network.</summary>
/// <param name="Absent">What the event names that the world does not hold (<see cref="Invoking.WorldCoverage"/>); none live.</param>
/// <param name="ExposedElsewhere">
/// Route tables outside this event's re-check that still expose private subnets after the run; null for a live run,
/// which reads only what the event names.
/// </param>
/// <param name="ScanCommand">The command that checks every route table, e.g. <c>remediator scan --world events/sample-world</c>.</param>
internal sealed record InvokeSurroundings(IReadOnlyList<string> Absent, IReadOnlyList<string>? ExposedElsewhere, string ScanCommand);
