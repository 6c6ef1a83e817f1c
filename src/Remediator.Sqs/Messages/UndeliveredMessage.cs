using System.Text;
using Amazon.SQS.Model;
using Remediator.Failures;
using Remediator.Notifications;

namespace Remediator.Sqs.Messages;

/// <summary>
/// The SQS message that keeps one undelivered notification: the exact SNS message as its body, and a few
/// String attributes that tell it apart from the events Lambda itself puts in the same dead-letter queue
/// and say what it is about without parsing the body.
/// </summary>
internal static class UndeliveredMessage
{
    /// <summary>The value of <see cref="KindAttribute"/> on every message we send.</summary>
    public const string Kind = "undelivered-notification";

    public const string KindAttribute = "kind";
    public const string SubjectAttribute = "subject";
    public const string OutcomeAttribute = "outcome";
    public const string ErrorAttribute = "error";

    /// <summary>Enough for a code and the service's explanation; the full text is in the log line.</summary>
    public const int MaxErrorLength = 1_024;

    public static SendMessageRequest For(string queueUrl, Notification notification, OperationFailure failure)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(failure);
        var body = notification.Body;
        WantedAttribute[] wanted =
        [
            new(KindAttribute, Kind),
            new(OutcomeAttribute, notification.Outcome.WireName()),
            new(SubjectAttribute, AttributeText.Clean(notification.Subject), Shortenable: true),
            new(ErrorAttribute, AttributeText.Truncate(AttributeText.Clean(failure.Description), MaxErrorLength), Shortenable: true),
        ];

        // SQS refuses an empty value, so an empty subject is left out rather than sent.
        var kept = AttributeBudget.Fit(Encoding.UTF8.GetByteCount(body), wanted.Where(a => a.Value.Length > 0));
        return new SendMessageRequest
        {
            QueueUrl = queueUrl,
            MessageBody = body,
            MessageAttributes = kept.ToDictionary(
                a => a.Name,
                a => new MessageAttributeValue { DataType = SqsLimits.StringType, StringValue = a.Value },
                StringComparer.Ordinal),
        };
    }
}
