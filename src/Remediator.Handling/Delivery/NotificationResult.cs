using Remediator.Failures;
using Remediator.Notifications;

namespace Remediator.Delivery;

/// <summary>What became of one notification.</summary>
/// <param name="MessageId">The service's id once sent.</param>
/// <param name="Failure">Why it was not sent; it was then logged in full and kept as undelivered.</param>
public sealed record NotificationResult(Notification Notification, string? MessageId, OperationFailure? Failure = null)
{
    public bool WasSent => MessageId is not null;
}
