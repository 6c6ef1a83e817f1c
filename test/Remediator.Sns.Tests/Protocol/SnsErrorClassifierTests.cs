using System.Net;
using Remediator.Failures;
using Remediator.Sns.Protocol;

namespace Remediator.Sns.Tests.Protocol;

public sealed class SnsErrorClassifierTests
{
    [Theory]
    [InlineData("Throttling", 400, FailureKind.Transient)]
    [InlineData("throttling", 400, FailureKind.Transient)]
    [InlineData("Throttled", 429, FailureKind.Transient)]
    [InlineData("ThrottlingException", 400, FailureKind.Transient)]
    [InlineData("KMSThrottling", 400, FailureKind.Transient)]
    [InlineData("InternalError", 500, FailureKind.Transient)]
    [InlineData("ServiceUnavailable", 503, FailureKind.Transient)]
    [InlineData("NotFound", 404, FailureKind.NotFound)]
    [InlineData("AuthorizationError", 403, FailureKind.AccessDenied)]
    [InlineData("KMSAccessDenied", 400, FailureKind.AccessDenied)]
    [InlineData("KMSOptInRequired", 403, FailureKind.AccessDenied)]
    [InlineData("SignatureDoesNotMatch", 403, FailureKind.AccessDenied)]
    [InlineData("InvalidClientTokenId", 403, FailureKind.AccessDenied)]
    [InlineData("ExpiredToken", 403, FailureKind.AccessDenied)]
    [InlineData("KMSDisabled", 400, FailureKind.Permanent)]
    [InlineData("KMSNotFound", 400, FailureKind.Permanent)]
    [InlineData("KMSInvalidState", 400, FailureKind.Permanent)]
    [InlineData("InvalidParameter", 400, FailureKind.Permanent)]
    [InlineData("InvalidParameterValue", 400, FailureKind.Permanent)]
    [InlineData("EndpointDisabled", 400, FailureKind.Permanent)]
    [InlineData("HTTP 502", 502, FailureKind.Transient)]
    [InlineData("HTTP 429", 429, FailureKind.Transient)]
    [InlineData("SomethingNew", 503, FailureKind.Transient)]
    [InlineData("SomethingNew", 403, FailureKind.AccessDenied)]
    [InlineData("SomethingNew", 400, FailureKind.Permanent)]
    [InlineData("HTTP 301", 301, FailureKind.Permanent)]
    public void An_error_is_classified_by_code_first_then_by_status(string code, int status, FailureKind kind) =>
        Assert.Equal(kind, SnsErrorClassifier.Classify(code, (HttpStatusCode)status));

    [Fact]
    public void The_message_text_never_decides_the_kind()
    {
        var failure = SnsErrorClassifier.Failure(
            new SnsError(HttpStatusCode.BadRequest, "InvalidParameter", "Rate exceeded, throttling, not found, access denied", "req-1"),
            "arn:aws:sns:us-east-1:123456789012:t");

        Assert.Equal(FailureKind.Permanent, failure.Kind);
    }

    [Fact]
    public void A_failure_names_the_action_the_topic_the_code_and_the_request()
    {
        var failure = SnsErrorClassifier.Failure(
            new SnsError(HttpStatusCode.NotFound, "NotFound", "Topic does not exist", "req-1"), "arn:aws:sns:us-east-1:123456789012:t");

        Assert.Equal(
            new OperationFailure(FailureKind.NotFound, "sns:Publish", "arn:aws:sns:us-east-1:123456789012:t", "NotFound", "Topic does not exist (request req-1)"),
            failure);
    }
}
