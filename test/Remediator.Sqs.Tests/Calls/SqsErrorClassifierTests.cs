using System.Net;
using Remediator.Failures;
using Remediator.Sqs.Calls;

namespace Remediator.Sqs.Tests.Calls;

public sealed class SqsErrorClassifierTests
{
    [Theory]
    [InlineData("RequestThrottled", 400, FailureKind.Transient)]
    [InlineData("Throttling", 400, FailureKind.Transient)]
    [InlineData("ThrottlingException", 400, FailureKind.Transient)]
    [InlineData("KMS.ThrottlingException", 400, FailureKind.Transient)]
    [InlineData("KmsThrottled", 400, FailureKind.Transient)]
    [InlineData("InternalFailure", 500, FailureKind.Transient)]
    [InlineData("InternalError", 500, FailureKind.Transient)]
    [InlineData("ServiceUnavailable", 503, FailureKind.Transient)]
    [InlineData("SomethingNew", 502, FailureKind.Transient)]
    [InlineData("SomethingNew", 429, FailureKind.Transient)]
    [InlineData("AccessDenied", 403, FailureKind.AccessDenied)]
    [InlineData("AccessDeniedException", 400, FailureKind.AccessDenied)]
    [InlineData("KMS.AccessDeniedException", 400, FailureKind.AccessDenied)]
    [InlineData("KmsAccessDenied", 400, FailureKind.AccessDenied)]
    [InlineData("kms.accessdeniedexception", 400, FailureKind.AccessDenied)]
    [InlineData("InvalidClientTokenId", 403, FailureKind.AccessDenied)]
    [InlineData("AWS.SimpleQueueService.NonExistentQueue", 400, FailureKind.NotFound)]
    [InlineData("QueueDoesNotExist", 400, FailureKind.NotFound)]
    [InlineData("KMS.NotFoundException", 400, FailureKind.Permanent)]
    [InlineData("KmsDisabled", 400, FailureKind.Permanent)]
    [InlineData("InvalidParameterValue", 400, FailureKind.Permanent)]
    [InlineData("InvalidMessageContents", 400, FailureKind.Permanent)]
    [InlineData("UnsupportedOperation", 400, FailureKind.Permanent)]
    [InlineData("SomethingNew", 403, FailureKind.Permanent)]
    public void SQS_errors_are_classified_by_code_and_status(string code, int status, FailureKind expected)
    {
        Assert.Equal(expected, SqsErrorClassifier.Classify(code, (HttpStatusCode)status));
    }
}
