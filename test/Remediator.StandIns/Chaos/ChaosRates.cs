namespace Remediator.StandIns.Chaos;

/// <summary>
/// How often each fault strikes. Per call: throttling, 5xx, a cut answer, a slow answer, and (on EC2's two writes) a
/// race with someone else. Per attempt and service: an outage, in which every call of that service fails, so that
/// the SDK's retries run out and Lambda's retries and the dead-letter queue are reached too.
/// </summary>
public sealed record ChaosRates
{
    public double Throttling { get; init; } = 0.06;

    public double ServerError { get; init; } = 0.04;

    public double DroppedConnection { get; init; } = 0.03;

    public double SlowAnswer { get; init; } = 0.03;

    /// <summary>A slow answer waits up to this long: well within every client's timeout, so it costs time, not attempts.</summary>
    public TimeSpan SlowestAnswer { get; init; } = TimeSpan.FromMilliseconds(400);

    /// <summary>Of EC2's writes (ReplaceRoute, CreateEgressOnlyInternetGateway), those that someone else races.</summary>
    public double RaceOnWrite { get; init; } = 0.10;

    /// <summary>For each service and attempt, the chance that it is down throughout.</summary>
    public double Outage { get; init; } = 0.04;
}
