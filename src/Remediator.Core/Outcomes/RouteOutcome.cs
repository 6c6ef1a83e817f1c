using Remediator.Failures;
using Remediator.Planning;

namespace Remediator.Outcomes;

/// <summary>What became of one exposing route.</summary>
public enum RouteStatus
{
    /// <summary>Now points at the egress-only internet gateway.</summary>
    Replaced,

    /// <summary>The table or the route no longer exists: nothing to protect any more.</summary>
    Gone,

    /// <summary>The replacement was tried and refused: still open.</summary>
    Failed,

    /// <summary>Would be replaced, but the plan was not carried out (detect mode): still open.</summary>
    Planned,

    /// <summary>Not for Remediator to change (a shared or exempt table).</summary>
    Unchanged,
}

/// <summary>What happened to one route change: as the executor reports it, and as <see cref="TableOutcome"/> concludes it.</summary>
/// <param name="GatewayId">The EIGW the route now points at, or was (or would be) pointed at; absent when none exists yet.</param>
/// <param name="ReplacedAt">When EC2 confirmed the change: the end of the exposure window.</param>
public sealed record RouteOutcome(
    string RouteTableId,
    RouteChange Change,
    RouteStatus Status,
    string? GatewayId,
    DateTimeOffset? ReplacedAt = null,
    OperationFailure? Failure = null);
