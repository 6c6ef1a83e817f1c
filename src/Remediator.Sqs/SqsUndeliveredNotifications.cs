using Amazon.SQS;
using Remediator.Failures;
using Remediator.Notifications;
using Remediator.Ports;
using Remediator.Sqs.Calls;
using Remediator.Sqs.Messages;

namespace Remediator.Sqs;

/// <summary>
/// Keeps an undelivered notification in the function's SQS dead-letter queue, as one message whose body is
/// the exact SNS message a subscriber would have received (the <c>MessageStructure=json</c> document), so
/// that it can be read, or published by hand, later. Message attributes (String): <c>kind</c> =
/// <c>undelivered-notification</c>, which tells it apart from the failed events Lambda puts in the same queue,
/// <c>outcome</c>, <c>subject</c> and <c>error</c>; they are shortened or left out when the body leaves no
/// room for them within SQS's 256 KiB, never the body.
/// </summary>
public sealed class SqsUndeliveredNotifications : IUndeliveredNotifications
{
    private readonly IAmazonSQS client;
    private readonly string queueUrl;

    /// <param name="queueUrl">The queue's URL, e.g. <c>https://sqs.eu-west-1.amazonaws.com/123456789012/name</c>.</param>
    public SqsUndeliveredNotifications(IAmazonSQS client, string queueUrl)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(queueUrl);
        this.client = client;
        this.queueUrl = queueUrl;
    }

    /// <exception cref="OperationFailedException">
    /// SQS refused or could not be reached (after the SDK's retries); the failure names <c>sqs:SendMessage</c>
    /// and the queue URL.
    /// </exception>
    public async Task KeepAsync(Notification notification, OperationFailure failure, CancellationToken cancellationToken)
    {
        var request = UndeliveredMessage.For(queueUrl, notification, failure);
        await SqsCall.RunAsync(queueUrl, () => client.SendMessageAsync(request, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
    }
}
