using Remediator.Failures;
using Remediator.Notifications;
using Remediator.Ports;

namespace Remediator.StandIns.Doubles;

/// <summary>Keeps undelivered notifications in memory.</summary>
public sealed class RecordingUndelivered : IUndeliveredNotifications
{
    private readonly List<(Notification Notification, OperationFailure Failure)> kept = [];

    public IReadOnlyList<(Notification Notification, OperationFailure Failure)> Kept
    {
        get
        {
            lock (kept)
            {
                return [.. kept];
            }
        }
    }

    public Task KeepAsync(Notification notification, OperationFailure failure, CancellationToken cancellationToken)
    {
        lock (kept)
        {
            kept.Add((notification, failure));
        }

        return Task.CompletedTask;
    }
}
