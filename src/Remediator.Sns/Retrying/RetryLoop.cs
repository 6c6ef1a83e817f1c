using System.Globalization;
using Remediator.Failures;

namespace Remediator.Sns.Retrying;

/// <summary>
/// The one retry loop of the SNS client. It sits above the signing handler, so every attempt is a new request,
/// signed afresh (new <c>X-Amz-Date</c>, current credentials). Only <see cref="FailureKind.Transient"/>
/// failures are retried, until <see cref="SnsClientOptions.MaxAttempts"/> or the deadline, whichever comes first.
/// </summary>
internal sealed class RetryLoop(SnsClientOptions options)
{
    private readonly Func<TimeSpan, CancellationToken, Task> pause =
        options.Pause ?? ((delay, cancel) => Task.Delay(delay, options.Clock, cancel));

    /// <param name="attempt">Runs one attempt within the time given; throws a classified <see cref="OperationFailedException"/>.</param>
    public async Task<T> RunAsync<T>(
        Func<TimeSpan, CancellationToken, Task<T>> attempt, string action, string resource, CancellationToken cancellationToken)
    {
        var deadline = options.Deadline();
        OperationFailedException? last = null;
        for (var number = 1; ; number++)
        {
            var remaining = deadline - options.Clock.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                throw GiveUp(last, number - 1, "the invocation's deadline passed", action, resource);
            }

            try
            {
                var limit = remaining is { } left && left < options.AttemptTimeout ? left : options.AttemptTimeout;
                return await attempt(limit, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationFailedException e) when (e.Failure.Kind == FailureKind.Transient)
            {
                last = e;
            }

            if (number >= options.MaxAttempts)
            {
                throw GiveUp(last, number, "no attempts left", action, resource);
            }

            var delay = Backoff.Before(number, options.BaseDelay, options.MaxDelay, options.Jitter());
            if (deadline is { } end && options.Clock.GetUtcNow() + delay >= end)
            {
                throw GiveUp(last, number, "the pause before another attempt would reach the invocation's deadline", action, resource);
            }

            await pause(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    private static OperationFailedException GiveUp(OperationFailedException? last, int attempts, string why, string action, string resource)
    {
        var summary = string.Create(CultureInfo.InvariantCulture, $"gave up after {attempts} attempt{(attempts == 1 ? "" : "s")}: {why}");
        if (last is null)
        {
            return new OperationFailedException(new OperationFailure(FailureKind.Transient, action, resource, "DeadlineExceeded", $"Not sent ({summary})."));
        }

        return new OperationFailedException(last.Failure with { Message = $"{last.Failure.Message} ({summary})" }, last.InnerException ?? last);
    }
}
