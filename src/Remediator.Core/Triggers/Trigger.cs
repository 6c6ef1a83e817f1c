namespace Remediator.Triggers;

/// <summary>An event that needs a look at the network: what to re-check, and where it came from.</summary>
public sealed record Trigger(EventOrigin Origin, ValueList<RecheckScope> Scopes)
{
}
