namespace Remediator.StandIns.Chaos;

/// <summary>The campaign's figures, added up event by event; one per lane, then summed.</summary>
public sealed class ChaosTally
{
    public int Events { get; private set; }

    /// <summary>Ignored or malformed samples: judged from their payload, no AWS call.</summary>
    public int PayloadOnly { get; private set; }

    public int MemberEvents { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>Lambda's retries: attempts after the first.</summary>
    public int Retries => Attempts - Events;

    /// <summary>Events whose world held no exposure in their reach (only protected or clean tables).</summary>
    public int NothingToFix { get; private set; }

    /// <summary>Events whose exposures were all closed in the end, on the first attempt or after retries.</summary>
    public int Fixed { get; private set; }

    public int FixedAfterRetry { get; private set; }

    /// <summary>Events that left an exposure open and reported it with its reason, in an invocation that succeeded.</summary>
    public int Reported { get; private set; }

    /// <summary>Events whose every attempt failed: Lambda keeps them in its dead-letter queue.</summary>
    public int DeadLettered { get; private set; }

    public int NotificationsSent { get; private set; }

    /// <summary>Notifications SNS did not take, logged whole and kept in the SQS dead-letter queue.</summary>
    public int NotificationsKept { get; private set; }

    /// <summary>Notifications neither SNS nor SQS took (both down in that attempt): logged whole, the log line the only copy.</summary>
    public int NotificationsLogOnly { get; private set; }

    /// <summary>Attempts that threw something other than a classified failure (the runtime loop reports them as errors).</summary>
    public int UnexpectedErrors { get; private set; }

    public List<Violation> Violations { get; } = [];

    public FaultCounts Faults { get; } = new();

    public void Add(ChaosTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Events += other.Events;
        PayloadOnly += other.PayloadOnly;
        MemberEvents += other.MemberEvents;
        Attempts += other.Attempts;
        NothingToFix += other.NothingToFix;
        Fixed += other.Fixed;
        FixedAfterRetry += other.FixedAfterRetry;
        Reported += other.Reported;
        DeadLettered += other.DeadLettered;
        NotificationsSent += other.NotificationsSent;
        NotificationsKept += other.NotificationsKept;
        NotificationsLogOnly += other.NotificationsLogOnly;
        UnexpectedErrors += other.UnexpectedErrors;
        Violations.AddRange(other.Violations);
        Faults.Add(other.Faults);
    }

    internal void Count(ChaosScenario scenario, IReadOnlyList<AttemptRecord> attempts, bool stillOpen)
    {
        Events++;
        Attempts += attempts.Count;
        PayloadOnly += scenario.IsPayloadOnly ? 1 : 0;
        MemberEvents += scenario.FromMember ? 1 : 0;
        UnexpectedErrors += attempts.Count(a => a.Unexpected is not null);
        foreach (var attempt in attempts)
        {
            foreach (var notification in attempt.Result?.Notifications ?? [])
            {
                if (notification.WasSent)
                {
                    NotificationsSent++;
                }
                else if (attempt.Kept.Any(m => m.Body == notification.Notification.Body))
                {
                    NotificationsKept++;
                }
                else
                {
                    NotificationsLogOnly++;
                }
            }
        }

        if (attempts[^1].Failed)
        {
            DeadLettered++;
        }
        else if (scenario.Exposed.IsEmpty)
        {
            NothingToFix += scenario.IsPayloadOnly ? 0 : 1;
        }
        else if (stillOpen)
        {
            Reported++;
        }
        else
        {
            Fixed++;
            FixedAfterRetry += attempts.Count > 1 ? 1 : 0;
        }
    }
}
