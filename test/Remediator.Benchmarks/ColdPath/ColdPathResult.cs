namespace Remediator.Benchmarks.ColdPath;

/// <summary>
/// One cold start over HTTPS, in milliseconds from just before the process was started. The parts add up to
/// <see cref="WindowMs"/>: init, then from init to the ReplaceRoute's arrival the time a connection was being
/// set up, the time a request was being answered (and no connection set up), and the rest, which is the
/// process's own work.
/// </summary>
/// <param name="WindowMs">Process start → the EC2 stand-in received the ReplaceRoute: the exposure window we cause.</param>
/// <param name="InitMs">The "Remediator initialised" line arrived.</param>
/// <param name="SetUpMs">From init to the ReplaceRoute, the time some connection was between accepted and TLS established (modelled round trips included).</param>
/// <param name="AnsweringMs">From init to the ReplaceRoute, the time some request was being answered and no connection set up (modelled round trips included).</param>
/// <param name="ConnectionsInWindow">Connections accepted by EC2, SNS and SQS before the ReplaceRoute arrived.</param>
/// <param name="Connections">Connections accepted by the time the response was posted.</param>
/// <param name="RoundTripMs">The median answer's time in the stand-in: the modelled round trip as Task.Delay kept it, plus the handling.</param>
/// <param name="ResponseMs">The Runtime API stand-in received the response.</param>
/// <param name="Timeline">What happened when, in words: the init line, each connection and answer, each EC2 call's arrival.</param>
internal sealed record ColdPathResult(
    ColdPathVariant Variant,
    double WindowMs,
    double InitMs,
    double SetUpMs,
    double AnsweringMs,
    int ConnectionsInWindow,
    int Connections,
    double RoundTripMs,
    double ResponseMs,
    long PeakRssKb,
    IReadOnlyList<(double AtMs, string What)> Timeline)
{
    public double OwnWorkMs => WindowMs - InitMs - SetUpMs - AnsweringMs;
}
