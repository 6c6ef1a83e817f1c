using Remediator.Delivery;
using Remediator.Outcomes;
using Remediator.Planning;
using Remediator.Ports;
using Remediator.Telemetry;
using Remediator.Triggers;

namespace Remediator.Handling;

/// <summary>
/// One event, start to end: parse it, read what it may have changed, judge, carry out the plans and tell.
/// An event that can be judged from its own payload never reaches the network reader.
/// </summary>
public sealed class RemediationHandler(
    TriggerParser parser,
    INetworkAccess network,
    RemediationPlanner planner,
    NotificationDelivery notifications,
    DecisionLogger decisions,
    IMetrics metrics)
{
    /// <summary>Plans of different VPCs run side by side, but few at a time, so a large sweep is not throttled.</summary>
    private const int ConcurrentPlans = 4;

    public async Task<HandlingResult> HandleAsync(string eventJson, CancellationToken cancellationToken)
    {
        try
        {
            return await HandleEventAsync(eventJson, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // One metrics document per event, whatever became of it.
            metrics.Flush();
        }
    }

    private async Task<HandlingResult> HandleEventAsync(string eventJson, CancellationToken cancellationToken)
    {
        var parsed = parser.Parse(eventJson);
        decisions.Parsed(parsed);
        if (parsed is not Triggered { Trigger: var trigger })
        {
            return new HandlingResult(parsed, [], []);
        }

        // Past the deadline's margin, not one call is started: the timeout is reported at once, for Lambda to retry.
        cancellationToken.ThrowIfCancellationRequested();
        var (reader, executor) = await network
            .OpenAsync(new NetworkLocation(trigger.Origin.Account, trigger.Origin.Region), cancellationToken)
            .ConfigureAwait(false);
        var snapshot = await reader.ReadAsync(trigger.Scopes, cancellationToken).ConfigureAwait(false);
        decisions.Read(trigger, snapshot);
        var plans = planner.Plan(snapshot, trigger.Scopes);
        decisions.Planned(trigger, plans);

        var outcomes = new PlanOutcome[plans.Count];
        var sent = new NotificationResult?[plans.Count];
        await Parallel.ForAsync(
            0,
            plans.Count,
            new ParallelOptions { MaxDegreeOfParallelism = ConcurrentPlans, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                outcomes[i] = plans[i].IsToExecute
                    ? await executor.ExecuteAsync(plans[i], token).ConfigureAwait(false)
                    : PlanOutcome.NotExecuted(plans[i]);
                decisions.Executed(trigger.Origin, outcomes[i]);
                sent[i] = await notifications.DeliverAsync(trigger.Origin, outcomes[i], token).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return new HandlingResult(parsed, [.. outcomes], [.. sent.OfType<NotificationResult>()]);
    }
}
