using Remediator.Failures;
using Remediator.Notifications;
using Remediator.Ports;

namespace Remediator.Cli.Invoking;

/// <summary>
/// Where a notification that SNS refused goes in a local run: nowhere else, since the command prints the
/// complete message and the error itself; the function's dead-letter queue is for unattended runs.
/// </summary>
internal sealed class PrintedUndelivered : IUndeliveredNotifications
{
    public Task KeepAsync(Notification notification, OperationFailure failure, CancellationToken cancellationToken) => Task.CompletedTask;
}
