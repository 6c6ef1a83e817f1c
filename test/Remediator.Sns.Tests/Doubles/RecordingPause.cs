using Remediator.StandIns.Doubles;

namespace Remediator.Sns.Tests.Doubles;

/// <summary>Stands in for the pause between attempts: records it and moves the clock on instead of sleeping.</summary>
internal sealed class RecordingPause(ManualClock clock)
{
    private readonly Lock gate = new();
    private readonly List<TimeSpan> pauses = [];

    public IReadOnlyList<TimeSpan> Pauses
    {
        get
        {
            lock (gate)
            {
                return [.. pauses];
            }
        }
    }

    public Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            pauses.Add(delay);
        }

        clock.Advance(delay);
        return Task.CompletedTask;
    }
}
