using Remediator.Failures;
using Remediator.Planning;

namespace Remediator.Outcomes;

public enum RouteChangeStatus
{
    Replaced,

    /// <summary>The table or the route no longer exists: nothing to protect any more.</summary>
    Gone,

    Failed,
}

/// <summary>What happened to one planned route change.</summary>
/// <param name="GatewayId">The EIGW the route now points at (or was to point at).</param>
/// <param name="ReplacedAt">When EC2 confirmed the change: the end of the exposure window.</param>
public sealed record RouteOutcome(
    string RouteTableId,
    RouteChange Change,
    RouteChangeStatus Status,
    string? GatewayId,
    DateTimeOffset? ReplacedAt = null,
    OperationFailure? Failure = null);
