using Remediator.Failures;
using Remediator.StandIns.Sns;

namespace Remediator.Sns.Tests;

/// <summary>SNS's refusals, as the stand-in sends them, reach the caller as classified failures.</summary>
public sealed class FaultTests
{
    [Fact]
    public async Task A_topic_that_does_not_exist_is_a_NotFound_failure_of_sns_Publish_on_that_topic()
    {
        await using var sns = await SnsHarness.StartAsync();
        var missing = "arn:aws:sns:us-east-1:123456789012:deleted-topic";

        var error = await Assert.ThrowsAsync<OperationFailedException>(() => sns.Client.PublishAsync(Some.Message(missing), CancellationToken.None));

        Assert.Equal(new OperationFailure(FailureKind.NotFound, "sns:Publish", missing, "NotFound", error.Failure.Message), error.Failure);
        Assert.StartsWith("Topic does not exist (request ", error.Failure.Message, StringComparison.Ordinal);
        Assert.Single(sns.StandIn.Calls.All);
    }

    [Fact]
    public async Task An_AuthorizationError_is_an_AccessDenied_failure()
    {
        await using var sns = await SnsHarness.StartAsync();
        sns.StandIn.Faults.DenyNext(1, sns.Topic);

        var error = await Assert.ThrowsAsync<OperationFailedException>(() => sns.Client.PublishAsync(Some.Message(sns.Topic), CancellationToken.None));

        Assert.Equal((FailureKind.AccessDenied, "AuthorizationError"), (error.Failure.Kind, error.Failure.Code));
        Assert.Contains("is not authorized to perform: SNS:Publish", error.Failure.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("KMSDisabled", 400, FailureKind.Permanent)]
    [InlineData("KMSAccessDenied", 400, FailureKind.AccessDenied)]
    [InlineData("KMSNotFound", 400, FailureKind.Permanent)]
    [InlineData("KMSInvalidState", 400, FailureKind.Permanent)]
    [InlineData("KMSOptInRequired", 403, FailureKind.AccessDenied)]
    [InlineData("KMSThrottling", 400, FailureKind.Transient)]
    [InlineData("InvalidParameter", 400, FailureKind.Permanent)]
    [InlineData("Throttled", 429, FailureKind.Transient)]
    public async Task An_error_from_SNS_is_classified_by_its_code(string code, int status, FailureKind kind)
    {
        await using var sns = await SnsHarness.StartAsync(configure: o => o with { MaxAttempts = 1 });
        sns.StandIn.Faults.FailNext(1, new SnsStandInError(status, code, $"The stand-in was told to answer {code}."));

        var error = await Assert.ThrowsAsync<OperationFailedException>(() => sns.Client.PublishAsync(Some.Message(sns.Topic), CancellationToken.None));

        Assert.Equal((kind, code), (error.Failure.Kind, error.Failure.Code));
    }
}
