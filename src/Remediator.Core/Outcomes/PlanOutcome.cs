using Remediator.Failures;
using Remediator.Planning;

namespace Remediator.Outcomes;

/// <summary>A plan and what carrying it out did; a plan not to execute (detect mode, report-only) did nothing.</summary>
/// <param name="Gateway">Absent when the plan was not executed.</param>
/// <param name="Routes">The route changes as the executor reported them; <see cref="Tables"/> has the conclusion.</param>
public sealed record PlanOutcome(RemediationPlan Plan, GatewayOutcome? Gateway, ValueList<RouteOutcome> Routes)
{
    public static PlanOutcome NotExecuted(RemediationPlan plan) => new(plan, null, []);

    /// <summary>Every table the plan decided on, concluded once when the outcome is made.</summary>
    public ValueList<TableOutcome> Tables { get; } = [.. Plan.Decisions.Select(d => TableOutcome.Conclude(Plan, d, Routes))];

    public bool WasExecuted => Gateway is not null;

    /// <summary>What the plan's notification reports: the most urgent of its tables; absent when only exempt tables were found.</summary>
    public NotificationOutcome? Reported => Tables.Select(t => t.Reported).Max();

    public IEnumerable<OperationFailure> Failures =>
        Routes.Select(r => r.Failure).Append(Gateway?.Failure).OfType<OperationFailure>().Distinct();
}
