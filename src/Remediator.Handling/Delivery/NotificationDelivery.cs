using Remediator.Failures;
using Remediator.Notifications;
using Remediator.Outcomes;
using Remediator.Ports;
using Remediator.Telemetry;
using Remediator.Triggers;

namespace Remediator.Delivery;

/// <summary>
/// Sends the notification of one plan's outcome, and makes sure it is not lost when it cannot be sent:
/// the complete message goes to the log as one ERROR line and to the undelivered store, and a
/// NotificationsFailed metric is emitted for the alarm.
/// </summary>
public sealed class NotificationDelivery(
    NotificationComposer composer, INotificationPublisher publisher, IUndeliveredNotifications undelivered, IDecisionLog log, IMetrics metrics)
{
    public async Task<NotificationResult?> DeliverAsync(EventOrigin origin, PlanOutcome outcome, CancellationToken cancellationToken)
    {
        if (composer.Compose(origin, outcome) is not { } notification)
        {
            return null;
        }

        try
        {
            var messageId = await publisher.PublishAsync(notification, cancellationToken).ConfigureAwait(false);
            if (messageId == NotificationResult.NotSent)
            {
                return new NotificationResult(notification, messageId);
            }

            log.Write(LogRecord.Info(
                "notification sent",
                Field.Of("outcome", notification.Outcome.WireName()),
                Field.Of("vpcId", outcome.Plan.Vpc.Id),
                Field.Of("messageId", messageId),
                Field.Of("subject", notification.Subject)));
            metrics.Emit(Metric.Count("NotificationsSent", 1));
            return new NotificationResult(notification, messageId);
        }
        catch (OperationFailedException e)
        {
            await KeepAsync(notification, e.Failure, cancellationToken).ConfigureAwait(false);
            return new NotificationResult(notification, null, e.Failure);
        }
    }

    private async Task KeepAsync(Notification notification, OperationFailure failure, CancellationToken cancellationToken)
    {
        log.Write(LogRecord.Error(
            "notification NOT sent; the complete message follows",
            Field.Of("error", failure.Description),
            Field.Of("subject", notification.Subject),
            Field.Of("notification", notification.Body)));
        metrics.Emit(Metric.Count("NotificationsFailed", 1));
        try
        {
            await undelivered.KeepAsync(notification, failure, cancellationToken).ConfigureAwait(false);
            log.Write(LogRecord.Warn("undelivered notification kept in the dead-letter queue", Field.Of("subject", notification.Subject)));
        }
        catch (OperationFailedException e)
        {
            log.Write(LogRecord.Error(
                "undelivered notification could not be kept either; the log line above is the only copy",
                Field.Of("error", e.Failure.Description)));
        }
    }
}
