namespace Remediator.StandIns.Calls;

/// <summary>
/// Every call a stand-in received, injected failures included, each as that service's record; safe to read
/// while calls arrive. Ordinals are handed out on arrival, and calls are listed in that order.
/// </summary>
public sealed class CallLog<TCall>
    where TCall : IStandInCall
{
    private readonly Lock gate = new();
    private readonly List<TCall> calls = [];
    private int lastOrdinal;

    public int Total
    {
        get
        {
            lock (gate)
            {
                return calls.Count;
            }
        }
    }

    /// <summary>The calls answered so far, in the order they were received.</summary>
    public IReadOnlyList<TCall> All
    {
        get
        {
            lock (gate)
            {
                return [.. calls.OrderBy(c => c.Ordinal)];
            }
        }
    }

    public int Count(string action) => Of(action).Count;

    public IReadOnlyList<TCall> Of(string action) => [.. All.Where(c => c.Action == action)];

    internal int NextOrdinal() => Interlocked.Increment(ref lastOrdinal);

    internal void Record(TCall call)
    {
        lock (gate)
        {
            calls.Add(call);
        }
    }
}
