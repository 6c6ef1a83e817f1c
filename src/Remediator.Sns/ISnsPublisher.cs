namespace Remediator.Sns;

/// <summary>Publishes one message to an SNS topic: the only thing the rest of Remediator knows about SNS.</summary>
public interface ISnsPublisher
{
    /// <returns>The <c>MessageId</c> SNS assigned.</returns>
    /// <exception cref="ArgumentException">The message breaks an SNS limit; nothing was sent.</exception>
    /// <exception cref="Failures.OperationFailedException">SNS refused it or could not be reached, retries included.</exception>
    Task<string> PublishAsync(SnsMessage message, CancellationToken cancellationToken);
}
