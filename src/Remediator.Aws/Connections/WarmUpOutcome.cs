namespace Remediator.Aws.Connections;

/// <summary>What opening connections ahead of the first event came to.</summary>
/// <param name="Statuses">One per connection opened; empty when it failed.</param>
/// <param name="Failure">Why the connections could not be opened; absent when they were.</param>
public sealed record WarmUpOutcome(Uri Endpoint, int Connections, IReadOnlyList<int> Statuses, string? Failure);
