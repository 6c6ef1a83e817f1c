namespace Remediator.Sns;

/// <summary>
/// How the client retries and where it sends. The defaults suit a Lambda invocation: four attempts with
/// short, capped, jittered pauses, each attempt cut off after five seconds, all within <see cref="Deadline"/>.
/// </summary>
public sealed record SnsClientOptions
{
    /// <summary>Attempts in all, the first included.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>The ceiling of the first pause; it doubles for each retry up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>One attempt's limit, from sending to the last byte of the answer; shortened to fit the deadline.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Asked at the start of each publish: the moment by which it must have given up, or <c>null</c> for none.
    /// The Lambda host passes the invocation's deadline less the time it needs to report a failure, so that a
    /// slow SNS never makes Lambda kill the invocation mid-way. No retry starts that would end past it.
    /// </summary>
    public Func<DateTimeOffset?> Deadline { get; init; } = static () => null;

    /// <summary>
    /// Replaces the endpoint derived from the topic ARN. <see cref="SnsClientFactory"/> fills it from
    /// <c>AWS_ENDPOINT_URL_SNS</c> / <c>AWS_ENDPOINT_URL</c>.
    /// </summary>
    public Uri? EndpointOverride { get; init; }

    /// <summary>The clock that the deadline is compared with. A seam for tests, like the two below.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Waits between attempts; <c>null</c> for <c>Task.Delay</c> on <see cref="Clock"/>.</summary>
    public Func<TimeSpan, CancellationToken, Task>? Pause { get; init; }

    /// <summary>Draws the backoff's jitter from [0, 1).</summary>
    public Func<double> Jitter { get; init; } = Random.Shared.NextDouble;
}
