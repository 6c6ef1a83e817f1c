using Remediator.Notifications;
namespace Remediator.Ports;

/// <summary>Sends a notification to its subscribers (the SNS topic).</summary>
public interface INotificationPublisher
{
    /// <returns>The message id the service assigned.</returns>
    /// <exception cref="Failures.OperationFailedException">The message could not be sent, retries included.</exception>
    Task<string> PublishAsync(Notification notification, CancellationToken cancellationToken);
}
