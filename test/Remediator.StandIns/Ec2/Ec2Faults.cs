using Remediator.StandIns.Chaos;
using Remediator.StandIns.Ec2.Protocol;

namespace Remediator.StandIns.Ec2;

/// <summary>
/// What the stand-in should do wrong, and when. An <paramref name="action"/> of <c>null</c> means any
/// action. Injected errors are used up in the order they were asked for; each answers one call.
/// </summary>
public sealed class Ec2Faults
{
    private readonly Lock gate = new();
    private readonly List<Injection> injections = [];
    private readonly Dictionary<string, TimeSpan> delays = new(StringComparer.Ordinal);
    private readonly List<(string Action, Action<Ec2World> Change)> hooks = [];
    private IFaultSchedule? schedule;

    /// <summary>The next <paramref name="count"/> calls get <c>RequestLimitExceeded</c>, HTTP 503, as EC2 throttles.</summary>
    public void ThrottleNext(int count, string? action = null) => Inject(count, Ec2Error.RequestLimitExceeded(), action);

    /// <summary>The next <paramref name="count"/> calls get this error (by default a 500 <c>InternalError</c>).</summary>
    public void FailNext(int count, int status = 500, string code = "InternalError", string? action = null) =>
        Inject(count, new Ec2Error(status, code, MessageFor(code)), action);

    /// <summary>
    /// Every later call (of <paramref name="action"/>, or of any action) waits this long before it is
    /// answered, until changed; <see cref="TimeSpan.Zero"/> removes the delay. An action's own delay
    /// takes precedence over the one for any action.
    /// </summary>
    public void Delay(TimeSpan delay, string? action = null)
    {
        lock (gate)
        {
            if (delay > TimeSpan.Zero)
            {
                delays[action ?? ""] = delay;
            }
            else
            {
                delays.Remove(action ?? "");
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="change"/> once, just before the world handles the next call of
    /// <paramref name="action"/> (after any injected error, which answers without handling): e.g. to make a
    /// route table disappear between a describe and a replace.
    /// </summary>
    public void BeforeNext(string action, Action<Ec2World> change)
    {
        lock (gate)
        {
            hooks.Add((action, change));
        }
    }

    /// <summary>
    /// From now on every call that no injected error answers is also put to <paramref name="randomly"/>, which may
    /// throttle it, fail it, cut its answer, slow it, or change the world before it is handled.
    /// </summary>
    public void FailRandomly(IFaultSchedule randomly)
    {
        lock (gate)
        {
            schedule = randomly;
        }
    }

    internal InjectedFault? DrawRandom(string action, IReadOnlyDictionary<string, string> parameters)
    {
        IFaultSchedule? current;
        lock (gate)
        {
            current = schedule;
        }

        return current?.Draw("ec2", action, parameters);
    }

    internal TimeSpan DelayFor(string action)
    {
        lock (gate)
        {
            return delays.GetValueOrDefault(action, delays.GetValueOrDefault(""));
        }
    }

    /// <summary>The error to answer this call with instead of handling it, if one is due.</summary>
    internal Ec2Error? TakeError(string action)
    {
        lock (gate)
        {
            var due = injections.Find(i => i.Action is null || i.Action == action);
            if (due is null)
            {
                return null;
            }

            if (--due.Remaining == 0)
            {
                injections.Remove(due);
            }

            return due.Error;
        }
    }

    internal IReadOnlyList<Action<Ec2World>> TakeChanges(string action)
    {
        lock (gate)
        {
            var due = hooks.Where(h => h.Action == action).Select(h => h.Change).ToList();
            hooks.RemoveAll(h => h.Action == action);
            return due;
        }
    }

    private void Inject(int count, Ec2Error error, string? action)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (gate)
        {
            injections.Add(new Injection(action, error) { Remaining = count });
        }
    }

    private static string MessageFor(string code) => code switch
    {
        "InternalError" => Ec2Error.InternalError().Message,
        "Unavailable" => "The server is overloaded and can't handle the request.",
        "UnauthorizedOperation" => "You are not authorized to perform this operation.",
        _ => $"The stand-in was told to answer {code}.",
    };

    private sealed record Injection(string? Action, Ec2Error Error)
    {
        public int Remaining { get; set; }
    }
}
