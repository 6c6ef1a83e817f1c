namespace Remediator.Benchmarks.ColdStart;

/// <summary>One cold start, every time in milliseconds from just before the process was started.</summary>
/// <param name="InitLoggedMs">The "Remediator initialised" line arrived: the clients are built, the loop is about to ask for the event.</param>
/// <param name="AssumeRoleMs">The STS stand-in received the AssumeRole; <c>null</c> when the event needed none.</param>
/// <param name="FirstEc2CallMs">The EC2 stand-in received the first Describe.</param>
/// <param name="ReplaceRouteMs">The EC2 stand-in received the ReplaceRoute: the end of the exposure window, near enough.</param>
/// <param name="ResponseMs">The Runtime API stand-in received the response (after the SNS publish).</param>
/// <param name="PeakRssKb">VmHWM of the process once the response was posted.</param>
/// <param name="CpuMs">The CPU time of the process's live threads once the response was posted.</param>
/// <param name="Calls">The calls the STS and EC2 stand-ins received, in words.</param>
internal sealed record ColdStartResult(
    ColdStartVariant Variant,
    double InitLoggedMs,
    double? AssumeRoleMs,
    double FirstEc2CallMs,
    double ReplaceRouteMs,
    double ResponseMs,
    long PeakRssKb,
    double CpuMs,
    string Calls);
