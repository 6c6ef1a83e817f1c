using Remediator.Failures;
using Remediator.Triggers;

namespace Remediator.StandIns.Chaos;

/// <summary>
/// Runs the campaign: events 0…N-1 of a seed, each in its own world, through <paramref name="lanes"/> rigs side by side
/// (as many warm Lambda containers), each event tried as Lambda tries an asynchronous invocation (once, then up to
/// two retries while it fails), with every invariant checked after every attempt.
/// </summary>
public static class ChaosCampaign
{
    /// <summary>Lambda's retries of a failed asynchronous invocation: at most two, after the first attempt.</summary>
    public const int MaxAttempts = 3;

    public static async Task<ChaosTally> RunAsync(int seed, int events, int lanes, ChaosRates rates)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lanes);
        var tallies = await Task.WhenAll(Enumerable.Range(0, lanes).Select(lane => RunLaneAsync(seed, events, lane, lanes, rates))).ConfigureAwait(false);
        var total = new ChaosTally();
        foreach (var tally in tallies)
        {
            total.Add(tally);
        }

        total.Violations.Sort((x, y) => x.EventIndex.CompareTo(y.EventIndex));
        return total;
    }

    private static async Task<ChaosTally> RunLaneAsync(int seed, int events, int lane, int lanes, ChaosRates rates)
    {
        var tally = new ChaosTally();
        var schedule = new ChaosSchedule(seed, rates);
        await using var rig = await ChaosRig.StartAsync(schedule).ConfigureAwait(false);
        for (var index = lane; index < events; index += lanes)
        {
            var scenario = ChaosWorlds.Build(seed, index);
            var world = rig.Prepare(scenario);
            var checks = new InvariantChecks(index, scenario);
            var attempts = new List<AttemptRecord>();
            do
            {
                schedule.Begin(index, attempts.Count + 1, world);
                var attempt = await AttemptAsync(rig, scenario, attempts.Count + 1).ConfigureAwait(false);
                attempts.Add(attempt);
                checks.AfterAttempt(attempt, world.Snapshot());
            }
            while (attempts[^1].Failed && attempts.Count < MaxAttempts);

            var end = world.Snapshot();
            checks.AfterEvent(attempts[^1], end);
            tally.Count(scenario, attempts, scenario.Exposed.Any(t => InvariantChecks.OpenRoutes(end, t).Any()));
            tally.Violations.AddRange(checks.Found);
        }

        tally.Faults.Add(schedule.Injected);
        return tally;
    }

    private static async Task<AttemptRecord> AttemptAsync(ChaosRig rig, ChaosScenario scenario, int attempt)
    {
        var (ec2, sns, kept, log) = (rig.Ec2.Calls.Total, rig.Sns.Calls.Total, rig.Sqs.Received.Count, rig.Log.Records.Count);
        Handling.HandlingResult? result = null;
        Exception? unexpected = null;
        try
        {
            result = await rig.Handler.HandleAsync(scenario.EventJson, CancellationToken.None).ConfigureAwait(false);
        }
        catch (OperationFailedException)
        {
            // The runtime loop reports it as the invocation's error: Lambda retries.
        }
#pragma warning disable CA1031 // Anything else the handler throws is counted and fails the invocation, as the runtime loop does.
        catch (Exception e)
#pragma warning restore CA1031
        {
            unexpected = e;
        }

        // As the function's invocation handler decides: a rejected event, a transient failure left open, or a lost notification fail it.
        var failed = result is null || result.Event is Rejected || result.MustRetry || result.NotificationFailed;
        return new AttemptRecord(
            attempt,
            result,
            failed,
            unexpected,
            [.. rig.Ec2.Calls.All.Skip(ec2)],
            [.. rig.Sns.Calls.All.Skip(sns)],
            [.. rig.Sqs.Received.Skip(kept)],
            [.. rig.Log.Records.Skip(log)],
            rig.Schedule.Races);
    }
}
