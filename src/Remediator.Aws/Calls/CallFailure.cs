using Amazon.Runtime;
using Remediator.Aws.Errors;
using Remediator.Failures;

namespace Remediator.Aws.Calls;

/// <summary>
/// What an exception from an AWS call means, whoever made the call: a service's refusal classified by
/// <see cref="AwsErrorClassifier"/>, a network failure, or a client-side refusal before anything was sent.
/// </summary>
public static class CallFailure
{
    /// <returns><c>null</c> for what is not a failed call: the caller's cancellation, or a bug of ours.</returns>
    public static OperationFailure? From(
        Exception exception, AwsService service, string action, string? resource, CancellationToken cancellationToken, string? timedOut = null) =>
        exception switch
        {
            AmazonServiceException refused => AwsError.From(refused).Failure(service, action, resource),
            _ when NetworkFailure.Is(exception, cancellationToken) => NetworkFailure.Of(exception, action, resource, timedOut),

            // Raised before any request is sent, e.g. no credentials could be found: retrying will not help.
            AmazonClientException => new OperationFailure(FailureKind.Permanent, action, resource, exception.GetType().Name, exception.Message),
            _ => null,
        };
}
