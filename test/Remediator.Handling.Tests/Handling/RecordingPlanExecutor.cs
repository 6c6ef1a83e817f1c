using Remediator.Failures;
using Remediator.Outcomes;
using Remediator.Planning;
using Remediator.Ports;

namespace Remediator.Handling.Tests.Handling;

/// <summary>Records the plans it is given and answers every route with the same outcome.</summary>
internal sealed class RecordingPlanExecutor(RouteStatus status = RouteStatus.Replaced, OperationFailure? failure = null) : IPlanExecutor
{
    public List<RemediationPlan> Executed { get; } = [];

    public Task<PlanOutcome> ExecuteAsync(RemediationPlan plan, CancellationToken cancellationToken)
    {
        lock (Executed)
        {
            Executed.Add(plan);
        }

        var routes = plan.Replacements
            .SelectMany(d => d.Changes.Select(c => new RouteOutcome(
                d.Table.Id, c, status, "eigw-00000000000000001", status == RouteStatus.Replaced ? DateTimeOffset.UnixEpoch : null, failure)))
            .ToValueList();
        return Task.FromResult(new PlanOutcome(plan, new GatewayOutcome("eigw-00000000000000001", Created: false), routes));
    }
}
