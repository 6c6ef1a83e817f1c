using Remediator.Failures;

namespace Remediator.Aws.Calls;

/// <summary>
/// The one mapping of a failure to reach a service (a refused or dropped connection, a client-side timeout) to a
/// transient failure, for the SDK's clients and our SNS client alike: the call may well succeed when tried again.
/// </summary>
public static class NetworkFailure
{
    public const string TimeoutCode = "Timeout";

    /// <param name="cancellationToken">The caller's own: its cancellation is a decision, not a failure to reach anyone.</param>
    public static bool Is(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException or IOException
        || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    /// <param name="timedOut">What to say when the time ran out, e.g. who did not answer within how long; absent, the exception's message.</param>
    public static OperationFailure Of(Exception exception, string action, string? resource, string? timedOut = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var (code, message) = exception is OperationCanceledException
            ? (TimeoutCode, timedOut ?? exception.Message)
            : (exception.GetType().Name, exception.Message);
        return new OperationFailure(FailureKind.Transient, action, resource, code, message);
    }
}
