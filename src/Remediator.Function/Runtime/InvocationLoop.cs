using Remediator.Ports;
using Remediator.Telemetry;

namespace Remediator.Function.Runtime;

/// <summary>
/// Asks the Runtime API for the next event, hands it to the handler within its deadline, and reports the
/// response or the error; then the next. A failed event never ends the loop; a broken container does.
/// </summary>
internal sealed class InvocationLoop(IRuntimeApi api, IInvocationHandler handler, CurrentInvocation current, IDecisionLog log, TimeProvider clock)
{
    /// <summary>Time kept back from the deadline so that the error report itself still reaches Lambda.</summary>
    private static readonly TimeSpan ReportMargin = TimeSpan.FromMilliseconds(500);

    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var invocation = await api.NextAsync(stop).ConfigureAwait(false);
            await HandleAsync(invocation, stop).ConfigureAwait(false);
        }
    }

    public async Task HandleAsync(Invocation invocation, CancellationToken stop)
    {
        current.Begin(invocation);
        try
        {
            var result = await RunHandlerAsync(invocation, stop).ConfigureAwait(false);
            await ReportAsync(invocation, result, stop).ConfigureAwait(false);
        }
        finally
        {
            current.End();
        }
    }

    private async Task<(string? Response, RuntimeError? Error)> RunHandlerAsync(Invocation invocation, CancellationToken stop)
    {
        using var timer = DeadlineTimer(invocation.Deadline);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stop, timer.Token);

        try
        {
            return (await handler.HandleAsync(invocation.Body, deadline.Token).ConfigureAwait(false), null);
        }
        catch (FunctionFailure e)
        {
            log.Write(LogRecord.Error($"invocation failed: {e.Message}", Field.Of("errorType", e.ErrorType)));
            return (null, RuntimeError.From(e.ErrorType, e.Message, e));
        }
        catch (OperationCanceledException e) when (deadline.IsCancellationRequested && !stop.IsCancellationRequested)
        {
            log.Write(LogRecord.Error("invocation ran out of time", Field.Of("errorType", ErrorTypes.Timeout)));
            return (null, RuntimeError.From(ErrorTypes.Timeout, "The invocation reached its deadline before it finished; Lambda will retry it.", e));
        }
#pragma warning disable CA1031 // Any bug in handling one event must become that event's error, not the end of the process.
        catch (Exception e)
#pragma warning restore CA1031
        {
            log.Write(LogRecord.Error($"invocation failed unexpectedly: {e.Message}", Field.Of("errorType", ErrorTypes.Unexpected), Field.Of("exception", e.ToString())));
            return (null, RuntimeError.From(ErrorTypes.Unexpected, $"{e.GetType().Name}: {e.Message}", e));
        }
    }

    /// <summary>
    /// Cancels <see cref="ReportMargin"/> before the deadline, on the loop's clock (so that a test can move
    /// time instead of waiting for it); never for an invocation without a deadline.
    /// </summary>
    private CancellationTokenSource DeadlineTimer(DateTimeOffset deadline)
    {
        if (deadline == DateTimeOffset.MaxValue)
        {
            return new CancellationTokenSource();
        }

        var remaining = deadline - clock.GetUtcNow() - ReportMargin;
        return new CancellationTokenSource(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, clock);
    }

    private async Task ReportAsync(Invocation invocation, (string? Response, RuntimeError? Error) result, CancellationToken stop)
    {
        try
        {
            if (result.Error is { } error)
            {
                await api.ReportInvocationErrorAsync(invocation.RequestId, error, stop).ConfigureAwait(false);
            }
            else
            {
                await api.RespondAsync(invocation.RequestId, result.Response!, stop).ConfigureAwait(false);
            }
        }
        catch (RuntimeApiException e) when (!e.ContainerIsBroken)
        {
            // E.g. 413 for a response over Lambda's limit: this event is lost to the API, the loop is not.
            log.Write(LogRecord.Error($"the Runtime API refused the report: {e.Message}", Field.Of("status", e.Status.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }
    }
}
