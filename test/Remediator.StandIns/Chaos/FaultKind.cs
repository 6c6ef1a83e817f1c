namespace Remediator.StandIns.Chaos;

/// <summary>What a stand-in can be told to do wrong with one call.</summary>
public enum FaultKind
{
    /// <summary>The service's throttling error (EC2 <c>RequestLimitExceeded</c>, SNS <c>Throttling</c>, SQS <c>RequestThrottled</c>…).</summary>
    Throttling,

    /// <summary>HTTP 500, the service's internal error.</summary>
    ServerError,

    /// <summary>The call is handled, then the connection is cut before the answer: the change is made, the caller never hears of it.</summary>
    DroppedConnection,

    /// <summary>The answer comes late (well within the clients' timeouts).</summary>
    SlowAnswer,

    /// <summary>Someone else deleted what the write names (table, route, gateway) just before it arrived.</summary>
    DeletedBeforeWrite,

    /// <summary>Someone else changed the route (or gave the VPC a gateway) just before the write arrived.</summary>
    ChangedBeforeWrite,
}
