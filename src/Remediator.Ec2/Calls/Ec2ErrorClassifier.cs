using System.Net;
using Remediator.Failures;

namespace Remediator.Ec2.Calls;

/// <summary>
/// Sorts the final error of an EC2 call (after the SDK's own retries) into what it means for us, by error
/// code and HTTP status, never by message text.
/// </summary>
internal static class Ec2ErrorClassifier
{
    private static readonly HashSet<string> TransientCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "RequestLimitExceeded", "Throttling", "ThrottlingException", "RequestThrottled", "TooManyRequestsException",
        "InternalError", "InternalFailure", "ServiceUnavailable", "Unavailable", "RequestTimeout", "RequestTimeoutException",
    };

    private static readonly HashSet<string> AccessDeniedCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "UnauthorizedOperation", "AuthFailure", "AccessDenied", "AccessDeniedException", "Blocked", "OptInRequired",
    };

    public static FailureKind Classify(string code, HttpStatusCode status) => code switch
    {
        _ when TransientCodes.Contains(code) => FailureKind.Transient,
        _ when AccessDeniedCodes.Contains(code) => FailureKind.AccessDenied,
        _ when code.EndsWith(".NotFound", StringComparison.OrdinalIgnoreCase) => FailureKind.NotFound,
        _ when (int)status >= 500 => FailureKind.Transient,
        _ => FailureKind.Permanent,
    };
}
