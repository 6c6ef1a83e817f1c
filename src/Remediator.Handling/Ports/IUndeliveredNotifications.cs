using Remediator.Failures;
using Remediator.Notifications;

namespace Remediator.Ports;

/// <summary>
/// Keeps a notification that could not be sent (the function's dead-letter queue). A retry of the event
/// cannot resend it: the retry finds the route already fixed and has nothing to report.
/// </summary>
public interface IUndeliveredNotifications
{
    /// <exception cref="OperationFailedException">It could not be kept either; the log line is all that is left.</exception>
    Task KeepAsync(Notification notification, OperationFailure failure, CancellationToken cancellationToken);
}
