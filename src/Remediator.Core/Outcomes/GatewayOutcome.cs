using Remediator.Failures;

namespace Remediator.Outcomes;

/// <summary>The EIGW the plan's routes were pointed at, and whether Remediator had to create it.</summary>
/// <param name="GatewayId">Absent when it could not be had.</param>
public sealed record GatewayOutcome(string? GatewayId, bool Created, OperationFailure? Failure = null);
