using Remediator.Notifications;
using Remediator.Ports;

namespace Remediator.Sns;

/// <summary>
/// Publishes a notification to the topic: the body as <c>MessageStructure=json</c> (the JSON document for
/// machines, the text for e-mail), the subject, and the filterable attributes.
/// </summary>
public sealed class SnsNotificationPublisher(ISnsPublisher sns, string topicArn) : INotificationPublisher
{
    public Task<string> PublishAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return sns.PublishAsync(
            new SnsMessage(topicArn, notification.Body, notification.Subject, JsonStructure: true, [.. notification.Attributes]),
            cancellationToken);
    }
}
