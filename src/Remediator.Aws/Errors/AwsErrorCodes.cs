using System.Collections.Frozen;

namespace Remediator.Aws.Errors;

/// <summary>
/// The one table of AWS error codes whose meaning is the same for every service. Case-insensitive, as the SDK
/// compares them. What a service adds of its own (which codes mean "gone") comes with its <see cref="AwsService"/>.
/// </summary>
internal static class AwsErrorCodes
{
    /// <summary>
    /// Throttling: AWSSDK.Core 4.0's own list (<c>Amazon.Runtime.RetryPolicy.ThrottlingErrorCodes</c>, the same in
    /// its standard and legacy policies; a test checks we still hold all of it), then the throttling codes of the
    /// services we call that the SDK does not list: SNS's <c>Throttled</c> (its modelled ThrottledException, 429) and
    /// the throttling of a topic's or queue's KMS key as SNS and SQS report it.
    /// </summary>
    public static readonly FrozenSet<string> Throttling = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        "Throttled", "KMSThrottling", "KmsThrottled", "KMS.ThrottlingException");

    /// <summary>
    /// Transient but not throttling: the SDK's timeout codes (<c>RetryPolicy.TimeoutErrorCodesToRetryOn</c>), and the
    /// codes AWS services answer a 5xx with, in case a proxy or an old endpoint sends them with another status.
    /// </summary>
    public static readonly FrozenSet<string> Transient = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "RequestTimeout", "RequestTimeoutException",
        "InternalError", "InternalFailure", "ServiceUnavailable", "Unavailable");

    /// <summary>
    /// The role may not do this, or the request's identity was refused: a person must act, retrying will not help.
    /// </summary>
    public static readonly FrozenSet<string> AccessDenied = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        // Policies: IAM's, EC2's and SNS's own spellings, and the KMS key of a topic or queue as SNS and SQS report it.
        "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "AuthorizationError",
        "KMSAccessDenied", "KmsAccessDenied", "KMS.AccessDeniedException",
        // The account or region is not enabled for the call.
        "OptInRequired", "KMSOptInRequired", "KmsOptInRequired", "KMS.OptInRequired", "Blocked",
        // Credentials or signature refused: wrong keys, an expired session, or a clock far off.
        "AuthFailure", "InvalidClientTokenId", "SignatureDoesNotMatch", "IncompleteSignature", "MissingAuthenticationToken",
        "InvalidSecurity", "ExpiredToken", "UnrecognizedClientException");
}
