using System.Globalization;
using System.Net;
using Amazon.Runtime;
using Remediator.Failures;

namespace Remediator.Aws.Errors;

/// <summary>What a service said when it refused a call, however it reached us (an SDK exception, SNS's XML).</summary>
/// <param name="Code">The error code, or <c>HTTP nnn</c> when the answer held none (a proxy, a load balancer).</param>
/// <param name="Retryable">The service's model marks the error retryable (<see cref="AmazonServiceException.Retryable"/>).</param>
public sealed record AwsError(HttpStatusCode Status, string Code, string Message, string? RequestId, bool Retryable = false)
{
    public static AwsError From(AmazonServiceException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var code = exception switch
        {
            { ErrorCode.Length: > 0 } => exception.ErrorCode,

            // No answer to read a code from: e.g. the SDK found that a response's digest did not match.
            { StatusCode: 0 } => exception.GetType().Name,
            _ => WithoutCode(exception.StatusCode),
        };
        return new AwsError(exception.StatusCode, code, exception.Message, exception.RequestId is { Length: > 0 } id ? id : null, exception.Retryable is not null);
    }

    public static string WithoutCode(HttpStatusCode status) => string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status}");

    /// <summary>Classified for <paramref name="service"/>, naming what was attempted on which resource.</summary>
    public OperationFailure Failure(AwsService service, string action, string? resource)
    {
        ArgumentNullException.ThrowIfNull(service);
        var message = RequestId is null ? Message : $"{Message} (request {RequestId})";
        return new OperationFailure(AwsErrorClassifier.Classify(Code, Status, service.NotFound, Retryable), action, resource, Code, message);
    }
}
