using System.Net;
using Remediator.Failures;

namespace Remediator.Sns.Protocol;

/// <summary>
/// Sorts an SNS error into what it means for us, by error code and HTTP status, never by message text.
/// Codes are SNS's own (the Query protocol's <c>Error/Code</c>, e.g. <c>NotFound</c>, <c>KMSDisabled</c>) and
/// the authentication codes every AWS Query service shares.
/// </summary>
internal static class SnsErrorClassifier
{
    public const string Action = "sns:Publish";

    private static readonly HashSet<string> TransientCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        // Throttling: "Throttling" is what SNS answers Publish with; "Throttled" (429) is its modelled
        // ThrottledException; KMSThrottling is the topic's KMS key being throttled.
        "Throttling", "ThrottlingException", "Throttled", "ThrottledException", "RequestThrottled", "TooManyRequestsException",
        "KMSThrottling", "RequestLimitExceeded",
        "InternalError", "InternalFailure", "ServiceUnavailable", "Unavailable", "RequestTimeout", "RequestTimeoutException",
    };

    private static readonly HashSet<string> AccessDeniedCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        // The role may not publish, or may not use the topic's KMS key: a person must change a policy.
        "AuthorizationError", "AccessDenied", "AccessDeniedException", "KMSAccessDenied", "KMSOptInRequired", "OptInRequired",
        // The request's credentials or signature were refused: wrong keys, or a clock far off.
        "InvalidClientTokenId", "SignatureDoesNotMatch", "IncompleteSignature", "MissingAuthenticationToken", "InvalidSecurity",
        "ExpiredToken", "UnrecognizedClientException",
    };

    private static readonly HashSet<string> NotFoundCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        // The topic does not exist (any more). KMSNotFound is the key, not the topic: Permanent below.
        "NotFound", "NotFoundException",
    };

    public static FailureKind Classify(string code, HttpStatusCode status) => code switch
    {
        _ when TransientCodes.Contains(code) => FailureKind.Transient,
        _ when AccessDeniedCodes.Contains(code) => FailureKind.AccessDenied,
        _ when NotFoundCodes.Contains(code) => FailureKind.NotFound,
        _ when status == HttpStatusCode.TooManyRequests || (int)status >= 500 => FailureKind.Transient,
        _ when status == HttpStatusCode.Forbidden => FailureKind.AccessDenied,
        _ => FailureKind.Permanent,
    };

    public static OperationFailure Failure(SnsError error, string topicArn)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = error.RequestId is null ? error.Message : $"{error.Message} (request {error.RequestId})";
        return new OperationFailure(Classify(error.Code, error.Status), Action, topicArn, error.Code, message);
    }
}
