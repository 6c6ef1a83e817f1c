using Remediator.StandIns.Chaos;

namespace Remediator.StandIns.Sns;

/// <summary>
/// What the stand-in should do wrong, and when: errors for the next calls, used up in the order they were
/// asked for (each answers one correctly signed call), and delays before answering.
/// </summary>
public sealed class SnsFaults
{
    private readonly Lock gate = new();
    private readonly Queue<SnsStandInError> errors = new();
    private readonly Queue<TimeSpan> delays = new();
    private IFaultSchedule? schedule;

    /// <summary>The next <paramref name="count"/> calls get <c>Throttling</c>, as SNS throttles Publish.</summary>
    public void ThrottleNext(int count) => FailNext(count, SnsStandInError.Throttling());

    /// <summary>The next <paramref name="count"/> calls get HTTP 500 <c>InternalError</c>.</summary>
    public void ServerErrorNext(int count) => FailNext(count, SnsStandInError.InternalError());

    /// <summary>The next <paramref name="count"/> calls get <c>AuthorizationError</c>: the role may not publish.</summary>
    public void DenyNext(int count, string topicArn) => FailNext(count, SnsStandInError.AuthorizationError(topicArn));

    public void FailNext(int count, SnsStandInError error)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (gate)
        {
            for (var i = 0; i < count; i++)
            {
                errors.Enqueue(error);
            }
        }
    }

    /// <summary>The next <paramref name="count"/> calls wait this long before they are answered.</summary>
    public void DelayNext(int count, TimeSpan delay)
    {
        lock (gate)
        {
            for (var i = 0; i < count; i++)
            {
                delays.Enqueue(delay);
            }
        }
    }

    /// <summary>From now on every call that no queued error or delay answers is also put to <paramref name="randomly"/>.</summary>
    public void FailRandomly(IFaultSchedule randomly)
    {
        lock (gate)
        {
            schedule = randomly;
        }
    }

    internal InjectedFault? DrawRandom(IReadOnlyDictionary<string, string> form)
    {
        IFaultSchedule? current;
        lock (gate)
        {
            current = schedule;
        }

        return current?.Draw("sns", form.GetValueOrDefault("Action") ?? "", form);
    }

    internal SnsStandInError? TakeError()
    {
        lock (gate)
        {
            return errors.TryDequeue(out var error) ? error : null;
        }
    }

    internal TimeSpan TakeDelay()
    {
        lock (gate)
        {
            return delays.TryDequeue(out var delay) ? delay : TimeSpan.Zero;
        }
    }
}
