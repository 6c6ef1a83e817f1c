using Remediator.Failures;
using Remediator.Function.Runtime;
using Remediator.Handling;
using Remediator.Triggers;

namespace Remediator.Function.Handling;

/// <summary>
/// The Lambda side of <see cref="RemediationHandler"/>: its result becomes the response, or an error of a
/// stable type when Lambda must retry the event (transient failure) or someone must look (bad event,
/// missing permission, lost notification).
/// </summary>
internal sealed class RemediatorInvocationHandler(RemediationHandler handler) : IInvocationHandler
{
    public async Task<string> HandleAsync(string eventJson, CancellationToken cancellationToken)
    {
        HandlingResult result;
        try
        {
            result = await handler.HandleAsync(eventJson, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationFailedException e)
        {
            throw new FunctionFailure(ErrorTypeOf(e.Failure.Kind), e.Failure.Description, e);
        }

        if (result.Event is Rejected rejected)
        {
            throw new FunctionFailure(ErrorTypes.InvalidEvent, rejected.Error.Message);
        }

        if (result.MustRetry)
        {
            var failures = result.Outcomes.SelectMany(o => o.Failures).Where(f => f.Kind == FailureKind.Transient);
            throw new FunctionFailure(ErrorTypes.TransientFailure, string.Join("; ", failures.Select(f => f.Description)));
        }

        if (result.NotificationFailed)
        {
            var failures = result.Notifications.Select(n => n.Failure).OfType<OperationFailure>();
            throw new FunctionFailure(
                ErrorTypes.NotificationFailed,
                "The notification could not be sent; it is logged in full and kept in the dead-letter queue: " +
                string.Join("; ", failures.Select(f => f.Description)));
        }

        return SummaryWriter.Write(result);
    }

    private static string ErrorTypeOf(FailureKind kind) => kind switch
    {
        FailureKind.Transient => ErrorTypes.TransientFailure,
        FailureKind.AccessDenied => ErrorTypes.AccessDenied,
        _ => ErrorTypes.PermanentFailure,
    };
}
