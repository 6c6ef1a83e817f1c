namespace Remediator.StandIns.Sns;

/// <summary>Every request the stand-in answered, in the order it answered them.</summary>
public sealed class SnsCallLog
{
    private readonly Lock gate = new();
    private readonly List<SnsCall> calls = [];
    private int ordinal;

    public IReadOnlyList<SnsCall> All
    {
        get
        {
            lock (gate)
            {
                return [.. calls];
            }
        }
    }

    /// <summary>The calls that passed signature verification and published a message.</summary>
    public IReadOnlyList<SnsCall> Published => [.. All.Where(c => c.MessageId is not null)];

    internal int NextOrdinal() => Interlocked.Increment(ref ordinal);

    internal void Record(SnsCall call)
    {
        lock (gate)
        {
            calls.Add(call);
        }
    }
}
