using Remediator.Failures;
using Remediator.Sns.Tests.Doubles;
using Remediator.StandIns.Sns;

namespace Remediator.Sns.Tests;

/// <summary>The one retry loop: what is retried, how often, how long, and that each attempt is signed anew.</summary>
public sealed class RetryTests
{
    [Fact]
    public async Task Throttling_then_success_is_retried_and_the_second_attempt_is_signed_afresh()
    {
        var credentials = new CountingCredentials(Some.Keys());
        await using var sns = await SnsHarness.StartAsync(signWith: credentials);
        sns.StandIn.Faults.ThrottleNext(1);

        var messageId = await sns.Client.PublishAsync(Some.Message(sns.Topic), CancellationToken.None);

        var calls = sns.StandIn.Calls.All;
        Assert.Equal(2, calls.Count);
        Assert.All(calls, c => Assert.True(c.SignatureValid));
        Assert.Equal(("Throttling", 400), (calls[0].ErrorCode, calls[0].Status));
        Assert.Equal(messageId, calls[1].MessageId);
        Assert.Equal(2, credentials.Resolutions);
        Assert.True(string.CompareOrdinal(calls[1].Header("X-Amz-Date"), calls[0].Header("X-Amz-Date")) >= 0);

        // Jitter 0.5 of the first ceiling (100 ms).
        Assert.Equal([TimeSpan.FromMilliseconds(50)], sns.Pause.Pauses);
    }

    [Fact]
    public async Task A_refused_connection_is_retried()
    {
        await using var sns = await SnsHarness.StartAsync(transport: inner => new FlakyTransport(1, inner));

        await sns.Client.PublishAsync(Some.Message(sns.Topic), CancellationToken.None);

        Assert.Single(sns.StandIn.Calls.Published);
        Assert.Single(sns.Pause.Pauses);
    }

    [Fact]
    public async Task Persistent_server_errors_give_up_after_the_maximum_attempts_with_a_transient_failure()
    {
        await using var sns = await SnsHarness.StartAsync(configure: o => o with { MaxAttempts = 3 });
        sns.StandIn.Faults.ServerErrorNext(10);

        var error = await Assert.ThrowsAsync<OperationFailedException>(() => sns.Client.PublishAsync(Some.Message(sns.Topic), CancellationToken.None));

        Assert.Equal(FailureKind.Transient, error.Failure.Kind);
        Assert.Equal("InternalError", error.Failure.Code);
        Assert.Contains("gave up after 3 attempts: no attempts left", error.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(3, sns.StandIn.Calls.All.Count);
        Assert.Equal([TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100)], sns.Pause.Pauses);
    }

    [Fact]
    public async Task Persistent_server_errors_give_up_at_the_deadline_with_a_transient_failure()
    {
        // Pauses of 50, 100, 200, 400 ms (jitter 0.5): after the fourth attempt, at 350 ms, the next pause would end at 750 ms.
        DateTimeOffset? deadline = null;
        await using var sns = await SnsHarness.StartAsync(configure: o => o with { MaxAttempts = 10, Deadline = () => deadline });
        deadline = sns.Clock.GetUtcNow() + TimeSpan.FromMilliseconds(700);
        sns.StandIn.Faults.ServerErrorNext(10);

        var error = await Assert.ThrowsAsync<OperationFailedException>(() => sns.Client.PublishAsync(Some.Message(sns.Topic), CancellationToken.None));

        Assert.Equal(FailureKind.Transient, error.Failure.Kind);
        Assert.Equal("InternalError", error.Failure.Code);
        Assert.Contains("gave up after 4 attempts", error.Failure.Message, StringComparison.Ordinal);
        Assert.Contains("deadline", error.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(4, sns.StandIn.Calls.All.Count);
        Assert.True(sns.Clock.GetUtcNow() < deadline);
    }

    [Fact]
    public async Task A_deadline_already_passed_sends_nothing_and_is_transient()
    {
        await using var sns = await SnsHarness.StartAsync(configure: o => o with { Deadline = () => o.Clock.GetUtcNow() });

        var error = await Assert.ThrowsAsync<OperationFailedException>(() => sns.Client.PublishAsync(Some.Message(sns.Topic), CancellationToken.None));

        Assert.Equal((FailureKind.Transient, "DeadlineExceeded"), (error.Failure.Kind, error.Failure.Code));
        Assert.Empty(sns.StandIn.Calls.All);
    }

    // The attempt timeout is real time: 2 s leaves a loaded machine room for the retry itself, and is still far
    // below the 30 s the first attempt is held for.
    [Fact]
    public async Task A_slow_attempt_is_abandoned_at_its_timeout_and_retried()
    {
        await using var sns = await SnsHarness.StartAsync(configure: o => o with { AttemptTimeout = TimeSpan.FromSeconds(2) });
        sns.StandIn.Faults.DelayNext(1, TimeSpan.FromSeconds(30));

        await sns.Client.PublishAsync(Some.Message(sns.Topic), CancellationToken.None);

        Assert.Single(sns.StandIn.Calls.Published);
        Assert.Single(sns.Pause.Pauses);
    }

    [Fact]
    public async Task A_refusal_that_is_not_transient_is_not_retried()
    {
        await using var sns = await SnsHarness.StartAsync();
        sns.StandIn.Faults.DenyNext(1, sns.Topic);

        await Assert.ThrowsAsync<OperationFailedException>(() => sns.Client.PublishAsync(Some.Message(sns.Topic), CancellationToken.None));

        Assert.Single(sns.StandIn.Calls.All);
        Assert.Empty(sns.Pause.Pauses);
    }

    [Fact]
    public async Task A_cancelled_publish_stops_without_retrying_or_wrapping_the_cancellation()
    {
        await using var sns = await SnsHarness.StartAsync();
        sns.StandIn.Faults.DelayNext(1, TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sns.Client.PublishAsync(Some.Message(sns.Topic), cancel.Token));

        Assert.Empty(sns.Pause.Pauses);
    }
}
