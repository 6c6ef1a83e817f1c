namespace Remediator.StandIns.Sqs;

/// <summary>Every call the stand-in answered, injected failures included; safe to read while calls arrive.</summary>
public sealed class SqsCallLog
{
    private readonly Lock gate = new();
    private readonly List<SqsCallRecord> calls = [];
    private int lastOrdinal;

    /// <summary>The calls answered so far, in the order they were received.</summary>
    public IReadOnlyList<SqsCallRecord> All
    {
        get
        {
            lock (gate)
            {
                return [.. calls.OrderBy(c => c.Ordinal)];
            }
        }
    }

    public int Count(string operation) => All.Count(c => c.Operation == operation);

    internal int NextOrdinal() => Interlocked.Increment(ref lastOrdinal);

    internal void Record(SqsCallRecord call)
    {
        lock (gate)
        {
            calls.Add(call);
        }
    }
}
