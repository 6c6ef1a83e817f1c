namespace Remediator.StandIns.Calls;

/// <summary>
/// Orders calls without a clock: calls of the actions a test chose to <see cref="Hold"/> wait here, after they
/// arrived and before they are answered, until the test <see cref="Release"/>s them. Every call is stamped with
/// the round it arrived in: round 1 until the first release, round 2 until the next… So the calls of one round
/// are the ones a client sent before it had any answer that was held, and a call that needed such an answer
/// arrives in a later round.
/// </summary>
public sealed class ArrivalGate
{
    private readonly Lock gate = new();
    private readonly HashSet<string> heldActions = new(StringComparer.Ordinal);
    private readonly List<TaskCompletionSource> held = [];
    private readonly List<(int Count, TaskCompletionSource Reached)> watchers = [];
    private int round = 1;

    /// <summary>The round a call arriving now is in.</summary>
    public int Round
    {
        get
        {
            lock (gate)
            {
                return round;
            }
        }
    }

    /// <summary>How many calls are waiting at the gate now.</summary>
    public int Waiting
    {
        get
        {
            lock (gate)
            {
                return held.Count;
            }
        }
    }

    /// <summary>Later calls of these actions wait at the gate until released.</summary>
    public void Hold(params string[] actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        lock (gate)
        {
            heldActions.UnionWith(actions);
        }
    }

    /// <summary>Completes once at least <paramref name="count"/> calls are waiting at the gate.</summary>
    public Task WaitForHeldAsync(int count)
    {
        lock (gate)
        {
            if (held.Count >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            watchers.Add((count, reached));
            return reached.Task;
        }
    }

    /// <summary>Lets every waiting call be answered, and starts the next round.</summary>
    /// <returns>How many calls were released.</returns>
    public int Release()
    {
        List<TaskCompletionSource> released;
        lock (gate)
        {
            released = [.. held];
            held.Clear();
            round++;
        }

        released.ForEach(r => r.TrySetResult());
        return released.Count;
    }

    /// <summary>Holds nothing any more: releases the waiting calls, and later ones pass (in the next round).</summary>
    public void Open()
    {
        lock (gate)
        {
            heldActions.Clear();
        }

        Release();
    }

    /// <summary>Waits here if the action is held.</summary>
    /// <returns>The round the call arrived in.</returns>
    internal async Task<int> PassAsync(string action, CancellationToken cancel)
    {
        TaskCompletionSource? wait = null;
        List<TaskCompletionSource> reached = [];
        int arrivedIn;
        lock (gate)
        {
            arrivedIn = round;
            if (heldActions.Contains(action))
            {
                wait = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                held.Add(wait);
                reached = [.. watchers.Where(w => held.Count >= w.Count).Select(w => w.Reached)];
                watchers.RemoveAll(w => held.Count >= w.Count);
            }
        }

        reached.ForEach(r => r.TrySetResult());
        if (wait is not null)
        {
            try
            {
                await wait.Task.WaitAsync(cancel).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                lock (gate)
                {
                    held.Remove(wait);
                }

                throw;
            }
        }

        return arrivedIn;
    }
}
