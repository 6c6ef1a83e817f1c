using Remediator.Failures;
using Remediator.StandIns.Sqs;

namespace Remediator.Sqs.Tests;

/// <summary>SQS refusing or failing, as it does in real life, and what the function is told.</summary>
public sealed class FaultTests
{
    [Fact]
    public async Task A_queue_that_does_not_exist_is_a_NotFound_failure_naming_the_queue()
    {
        await using var sqs = await SqsHarness.StartAsync();
        var missing = new Uri(sqs.StandIn.Url, "123456789012/deleted-queue").ToString();

        var error = await Assert.ThrowsAsync<OperationFailedException>(
            () => sqs.KeeperFor(missing).KeepAsync(Some.Notification(), Some.SnsFailure(), CancellationToken.None));

        // SQS names the error QueueDoesNotExist in the body and AWS.SimpleQueueService.NonExistentQueue in
        // the x-amzn-query-error header; the SDK reports the header's code.
        Assert.Equal(FailureKind.NotFound, error.Failure.Kind);
        Assert.Equal("sqs:SendMessage", error.Failure.Action);
        Assert.Equal(missing, error.Failure.Resource);
        Assert.Equal("AWS.SimpleQueueService.NonExistentQueue", error.Failure.Code);
        Assert.StartsWith($"sqs:SendMessage on {missing} failed with AWS.SimpleQueueService.NonExistentQueue", error.Failure.Description, StringComparison.Ordinal);
        Assert.Empty(sqs.StandIn.Received);
    }

    [Fact]
    public async Task Throttling_then_success_is_retried_by_the_SDK_and_the_message_kept_once()
    {
        await using var sqs = await SqsHarness.StartAsync(maxAttempts: Remediator.Aws.AwsClientDefaults.MaxAttempts);
        sqs.StandIn.ThrottleNext(1);

        await sqs.Keeper.KeepAsync(Some.Notification(), Some.SnsFailure(), CancellationToken.None);

        Assert.Equal(
            [(400, "RequestThrottled"), (200, null)],
            sqs.StandIn.Calls.All.Select(c => (c.Status, c.ErrorCode)));
        Assert.Single(sqs.StandIn.Received);
    }

    [Fact]
    public async Task Throttling_to_the_last_attempt_is_a_transient_failure()
    {
        await using var sqs = await SqsHarness.StartAsync();
        sqs.StandIn.ThrottleNext(1);

        var error = await Assert.ThrowsAsync<OperationFailedException>(
            () => sqs.Keeper.KeepAsync(Some.Notification(), Some.SnsFailure(), CancellationToken.None));

        Assert.Equal((FailureKind.Transient, "RequestThrottled"), (error.Failure.Kind, error.Failure.Code));
    }

    [Fact]
    public async Task A_server_error_is_a_transient_failure()
    {
        await using var sqs = await SqsHarness.StartAsync();
        sqs.StandIn.FailNext(1, 500, "InternalFailure");

        var error = await Assert.ThrowsAsync<OperationFailedException>(
            () => sqs.Keeper.KeepAsync(Some.Notification(), Some.SnsFailure(), CancellationToken.None));

        Assert.Equal((FailureKind.Transient, "InternalFailure"), (error.Failure.Kind, error.Failure.Code));
    }

    [Theory]
    [InlineData(403, "AccessDenied", "AccessDenied")]
    [InlineData(400, "KmsAccessDenied", "KMS.AccessDeniedException")]
    public async Task A_refusal_of_the_role_is_an_AccessDenied_failure_naming_the_queue(int status, string injected, string reported)
    {
        await using var sqs = await SqsHarness.StartAsync();
        sqs.StandIn.FailNext(1, status, injected);

        var error = await Assert.ThrowsAsync<OperationFailedException>(
            () => sqs.Keeper.KeepAsync(Some.Notification(), Some.SnsFailure(), CancellationToken.None));

        Assert.Equal((FailureKind.AccessDenied, reported), (error.Failure.Kind, error.Failure.Code));
        Assert.Equal(sqs.StandIn.QueueUrl, error.Failure.Resource);
        Assert.Equal(1, sqs.StandIn.Calls.Count("SendMessage"));
    }

    [Fact]
    public async Task An_endpoint_that_does_not_answer_is_a_transient_failure()
    {
        var standIn = await SqsStandIn.StartAsync();
        var (url, queueUrl) = (standIn.Url, standIn.QueueUrl);
        await standIn.DisposeAsync();
        using var client = SqsHarness.ClientFor(url, maxAttempts: 1);

        var error = await Assert.ThrowsAsync<OperationFailedException>(
            () => new SqsUndeliveredNotifications(client, queueUrl).KeepAsync(Some.Notification(), Some.SnsFailure(), CancellationToken.None));

        Assert.Equal((FailureKind.Transient, queueUrl), (error.Failure.Kind, error.Failure.Resource));
    }
}
