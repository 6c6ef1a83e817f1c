using Remediator.Network;

namespace Remediator.Planning;

/// <summary>
/// What to do in one VPC. A plan exists only where an exposing route was found; a compliant VPC has none.
/// </summary>
/// <param name="Gateway">The EIGW for the replacements; absent when nothing is to be replaced.</param>
public sealed record RemediationPlan(
    Vpc Vpc,
    Mode Mode,
    EgressGatewayChoice? Gateway,
    ValueList<TableDecision> Decisions)
{
    /// <summary>A dry run yields the same plan, marked as not to be executed.</summary>
    public bool IsToExecute => Mode == Mode.Remediate && Replacements.Any();

    public IEnumerable<ReplaceRoutes> Replacements => Decisions.OfType<ReplaceRoutes>();
}
