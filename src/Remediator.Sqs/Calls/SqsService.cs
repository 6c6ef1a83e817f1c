using Remediator.Aws;
using Remediator.Aws.Errors;

namespace Remediator.Sqs.Calls;

/// <summary>SQS as the AWS edge knows it.</summary>
public static class SqsService
{
    public const string SendMessage = "sqs:SendMessage";

    /// <summary>
    /// The queue does not exist. SQS speaks AWS JSON 1.0 but stays compatible with its Query past: the SDK takes the
    /// code from the <c>x-amzn-query-error</c> header when SQS sends it (<c>AWS.SimpleQueueService.NonExistentQueue</c>)
    /// and from the body's <c>__type</c> otherwise (<c>QueueDoesNotExist</c>), so both spellings are listed. Not
    /// <c>KmsNotFound</c>: a missing key is a broken queue configuration, permanent.
    /// </summary>
    public static readonly AwsService Definition = new("SQS", new NotFoundCodes(["QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue"]));
}
