using Remediator.Failures;
using Remediator.Notifications;
using Remediator.Ports;

namespace Remediator.StandIns.Doubles;

/// <summary>Records what it is asked to publish; fails the next calls when told to.</summary>
public sealed class RecordingPublisher : INotificationPublisher
{
    private readonly List<Notification> published = [];
    private int failuresLeft;

    public IReadOnlyList<Notification> Published
    {
        get
        {
            lock (published)
            {
                return [.. published];
            }
        }
    }

    public void FailNext(int count) => Interlocked.Exchange(ref failuresLeft, count);

    public Task<string> PublishAsync(Notification notification, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref failuresLeft) >= 0)
        {
            throw new OperationFailedException(new OperationFailure(
                FailureKind.Transient, "sns:Publish", "arn:aws:sns:eu-west-1:111122223333:remediator", "InternalError", "injected"));
        }

        lock (published)
        {
            published.Add(notification);
            return Task.FromResult($"message-{published.Count}");
        }
    }
}
