namespace Remediator.StandIns.Doubles;

/// <summary>
/// A clock that reads a set time and moves only when told: stopped "replaced at" times, log and metric
/// timestamps, and deadline arithmetic without waiting. Only the reading is manual; its timers are the
/// system's (for timers driven by the test, use <c>FakeTimeProvider</c>).
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock gate = new();
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (gate)
        {
            now += by;
        }
    }
}
