namespace Remediator.Aws.Tests.Doubles;

/// <summary>
/// A clock whose timestamp moves by <paramref name="step"/> each time it is read, so that a call timed from one
/// reading to the next lasts exactly one step, however long it really took.
/// </summary>
internal sealed class SteppingClock(TimeSpan step) : TimeProvider
{
    private long ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Add(ref ticks, step.Ticks) - step.Ticks;
}
