using System.Collections.Immutable;

namespace Remediator.Triggers;

/// <summary>An event that needs a look at the network: what to re-check, and where it came from.</summary>
public sealed record Trigger(EventOrigin Origin, ImmutableArray<RecheckScope> Scopes)
{
    public bool Equals(Trigger? other) => other is not null && Origin == other.Origin && Scopes.SequenceEqual(other.Scopes);

    public override int GetHashCode() => Origin.GetHashCode();
}
