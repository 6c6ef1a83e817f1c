using System.Net;
using Remediator.Failures;

namespace Remediator.Sqs.Calls;

/// <summary>
/// Sorts the final error of an SQS call (after the SDK's own retries) into what it means for us, by error
/// code and HTTP status, never by message text. SQS speaks AWS JSON 1.0 but stays compatible with its
/// Query past: the SDK takes the code from the <c>x-amzn-query-error</c> header when SQS sends it
/// (<c>AWS.SimpleQueueService.NonExistentQueue</c>, <c>KMS.AccessDeniedException</c>) and from the body's
/// <c>__type</c> otherwise (<c>QueueDoesNotExist</c>, <c>KmsAccessDenied</c>), so both spellings are listed.
/// </summary>
internal static class SqsErrorClassifier
{
    public const string Action = "sqs:SendMessage";

    private static readonly HashSet<string> TransientCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "RequestThrottled", "Throttling", "ThrottlingException", "TooManyRequestsException", "RequestLimitExceeded",
        "KmsThrottled", "KMS.ThrottlingException",
        "InternalError", "InternalFailure", "ServiceUnavailable", "Unavailable", "RequestTimeout", "RequestTimeoutException",
    };

    private static readonly HashSet<string> AccessDeniedCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        // The role may not send to the queue, or may not use the queue's KMS key: a person must change a policy.
        "AccessDenied", "AccessDeniedException", "KmsAccessDenied", "KMS.AccessDeniedException",
        "KmsOptInRequired", "KMS.OptInRequired", "OptInRequired",
        // The request's credentials or signature were refused: wrong keys, or a clock far off.
        "InvalidClientTokenId", "SignatureDoesNotMatch", "IncompleteSignature", "MissingAuthenticationToken",
        "ExpiredToken", "UnrecognizedClientException",
    };

    private static readonly HashSet<string> NotFoundCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        // The queue, not the KMS key: KmsNotFound is a broken queue configuration, Permanent below.
        "QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue",
    };

    public static FailureKind Classify(string code, HttpStatusCode status) => code switch
    {
        _ when TransientCodes.Contains(code) => FailureKind.Transient,
        _ when AccessDeniedCodes.Contains(code) => FailureKind.AccessDenied,
        _ when NotFoundCodes.Contains(code) => FailureKind.NotFound,
        _ when status == HttpStatusCode.TooManyRequests || (int)status >= 500 => FailureKind.Transient,
        _ => FailureKind.Permanent,
    };
}
