namespace Remediator.Planning;

/// <summary>The kinds of <see cref="TableDecision"/>, so that every wire spells them one way (<see cref="WireNames"/>).</summary>
public enum DecisionKind
{
    ReplaceRoutes,
    NeedsDedicatedRouteTable,
    LeftExempt,
}
