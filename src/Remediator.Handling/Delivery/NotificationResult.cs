using Remediator.Failures;
using Remediator.Notifications;

namespace Remediator.Delivery;

/// <summary>What became of one notification.</summary>
/// <param name="MessageId">The service's id once sent; <see cref="NotSent"/> when nothing was to send it (a local run).</param>
/// <param name="Failure">Why it could not be sent; it was then logged in full and kept as undelivered.</param>
public sealed record NotificationResult(Notification Notification, string? MessageId, OperationFailure? Failure = null)
{
    /// <summary>The message id of a notification that a local run wrote out instead of publishing.</summary>
    public const string NotSent = "not-sent";

    public bool WasSent => MessageId is not null and not NotSent;

    public bool Failed => Failure is not null;
}
