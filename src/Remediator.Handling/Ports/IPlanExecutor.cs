using Remediator.Outcomes;
using Remediator.Planning;

namespace Remediator.Ports;

/// <summary>Carries out a plan: ensures the EIGW, then replaces each route, each independently of the others.</summary>
public interface IPlanExecutor
{
    /// <summary>Never throws for a failed AWS call: every failure is in the outcome, classified.</summary>
    Task<PlanOutcome> ExecuteAsync(RemediationPlan plan, CancellationToken cancellationToken);
}
