using System.Net;
using Remediator.Failures;

namespace Remediator.Aws.Errors;

/// <summary>
/// Sorts the final error of any AWS call (after the retries of the SDK or of our SNS client) into what it means for
/// us: by the service's retryable flag, then by error code, then by HTTP status; never by message text.
/// </summary>
public static class AwsErrorClassifier
{
    public static FailureKind Classify(string code, HttpStatusCode status, NotFoundCodes notFound, bool retryable = false)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(notFound);
        return code switch
        {
            // The service's own model says so (AmazonServiceException.Retryable): it knows best.
            _ when retryable => FailureKind.Transient,
            _ when AwsErrorCodes.Throttling.Contains(code) || AwsErrorCodes.Transient.Contains(code) => FailureKind.Transient,
            _ when AwsErrorCodes.AccessDenied.Contains(code) => FailureKind.AccessDenied,
            _ when notFound.Contains(code) => FailureKind.NotFound,
            _ => ByStatus(status),
        };
    }

    /// <summary>
    /// For a code the table does not know (or no code at all: a proxy's page), the same answer for every service.
    /// 429 is transient: it is HTTP's "slow down", whatever the code; the SDK retries it only under a known code, so
    /// Lambda's retry of the event takes over. 401 and 403 are access denied: AWS answers them for refused
    /// authentication or authorisation, and an unknown code there is most likely a new spelling of the same; either
    /// way retrying will not help and a person must look. 5xx: the statuses the SDK retries
    /// (<c>RetryPolicy.HttpStatusCodesToRetryOn</c>: 500, 502, 503, 504); 501 and the like will not get better.
    /// </summary>
    private static FailureKind ByStatus(HttpStatusCode status) => status switch
    {
        HttpStatusCode.TooManyRequests => FailureKind.Transient,
        HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
            => FailureKind.Transient,
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => FailureKind.AccessDenied,
        _ => FailureKind.Permanent,
    };
}
