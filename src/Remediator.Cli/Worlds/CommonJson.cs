namespace Remediator.Cli.Worlds;

// Shapes every describe-* output shares.

internal sealed record TagJson(string? Key, string? Value);

/// <summary>EC2's <c>{"State": "associated"}</c> objects (association, CIDR block and attachment states).</summary>
internal sealed record StateJson(string? State);
