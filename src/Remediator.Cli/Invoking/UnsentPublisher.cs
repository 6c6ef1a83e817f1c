using Remediator.Delivery;
using Remediator.Notifications;
using Remediator.Ports;

namespace Remediator.Cli.Invoking;

/// <summary>
/// Stands in for SNS when the run must not publish (offline, or live without <c>--notify</c>): it sends
/// nothing. The composed message is in the handler's result, and the command prints it.
/// </summary>
internal sealed class UnsentPublisher : INotificationPublisher
{
    /// <summary>The "message id" of a message that was not sent.</summary>
    public const string NotSent = NotificationResult.NotSent;

    public Task<string> PublishAsync(Notification notification, CancellationToken cancellationToken) => Task.FromResult(NotSent);
}
