using Remediator.Failures;
using Remediator.Notifications;
using Remediator.Ports;
using Remediator.Telemetry;

namespace Remediator.Delivery;

/// <summary>
/// Where notifications go when the function has no topic or queue to send them to (<c>sam local invoke</c>, whose
/// template references do not resolve to ARNs): the log, whole, as a subscriber would read them.
/// </summary>
/// <param name="why">Why nothing is sent, for the log line, e.g. "sam local: TOPIC_ARN is 'NotificationTopic', not a topic ARN".</param>
public sealed class LoggedNotifications(IDecisionLog log, string why) : INotificationPublisher, IUndeliveredNotifications
{
    public Task<string> PublishAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        log.Write(LogRecord.Info(
            $"notification written to the log instead of SNS ({why})",
            Field.Of("subject", notification.Subject),
            Field.Of("attributes", string.Join(", ", notification.Attributes.Select(a => $"{a.Key}={a.Value}"))),
            Field.Of("email", notification.EmailText),
            Field.Of("document", notification.DocumentJson)));
        return Task.FromResult(NotificationResult.NotSent);
    }

    public Task KeepAsync(Notification notification, OperationFailure failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        log.Write(LogRecord.Warn(
            $"undelivered notification written to the log instead of the dead-letter queue ({why})",
            Field.Of("subject", notification.Subject),
            Field.Of("notification", notification.Body)));
        return Task.CompletedTask;
    }
}
