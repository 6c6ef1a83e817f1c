namespace Remediator.StandIns.Ec2;

/// <summary>Every call the stand-in received, injected failures included; safe to read while calls arrive.</summary>
public sealed class Ec2CallLog
{
    private readonly Lock gate = new();
    private readonly List<Ec2Call> calls = [];
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
    public IReadOnlyList<Ec2Call> All
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

    public IReadOnlyList<Ec2Call> Of(string action) => [.. All.Where(c => c.Action == action)];

    internal int NextOrdinal() => Interlocked.Increment(ref lastOrdinal);

    internal void Record(Ec2Call call)
    {
        lock (gate)
        {
            calls.Add(call);
        }
    }
}
