using Remediator.Failures;
using Remediator.Planning;

namespace Remediator.Outcomes;

/// <summary>A plan and what carrying it out did; a plan not to execute (detect mode, report-only) did nothing.</summary>
/// <param name="Gateway">Absent when the plan was not executed.</param>
public sealed record PlanOutcome(RemediationPlan Plan, GatewayOutcome? Gateway, ValueList<RouteOutcome> Routes)
{
    public static PlanOutcome NotExecuted(RemediationPlan plan) => new(plan, null, []);

    public bool WasExecuted => Gateway is not null;

    public IEnumerable<OperationFailure> Failures =>
        Routes.Select(r => r.Failure).Append(Gateway?.Failure).OfType<OperationFailure>().Distinct();
}
