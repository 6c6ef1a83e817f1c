using Remediator.Delivery;
using Remediator.Failures;
using Remediator.Notifications;
using Remediator.Outcomes;
using Remediator.Triggers;

namespace Remediator.Handling;

/// <summary>Everything one event led to: what it meant, each plan and what carrying it out did, and each notification.</summary>
public sealed record HandlingResult(ParsedEvent Event, ValueList<PlanOutcome> Outcomes, ValueList<NotificationResult> Notifications)
{
    /// <summary>
    /// A transient failure (throttling, 5xx) left an exposure open: the invocation must fail so that Lambda
    /// retries it. The retry re-reads the network, so whatever did succeed is not done twice.
    /// </summary>
    public bool MustRetry => Outcomes.SelectMany(o => o.Failures).Any(f => f.Kind == FailureKind.Transient);

    /// <summary>A notification could not be sent; it was logged in full and kept as undelivered.</summary>
    public bool NotificationFailed => Notifications.Any(n => n.Failed);
}
