namespace Remediator.StandIns.Chaos;

/// <summary>
/// The fault a schedule chose for one call. A stand-in acts on the first four kinds itself; the two races are
/// carried out on the world by the schedule, and the stand-in then answers the call as usual.
/// </summary>
/// <param name="Delay">How long a <see cref="FaultKind.SlowAnswer"/> waits before answering.</param>
public sealed record InjectedFault(FaultKind Kind, TimeSpan Delay = default)
{
    /// <summary>The answer is an error instead of the call being handled.</summary>
    public bool IsError => Kind is FaultKind.Throttling or FaultKind.ServerError;

    public bool DropsAnswer => Kind == FaultKind.DroppedConnection;
}
