using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Remediator.Aws.Errors;
using Remediator.Ec2.Calls;
using Remediator.Failures;
using Remediator.Sns.Protocol;
using Remediator.Sqs.Calls;

namespace Remediator.Aws.Tests.Errors;

/// <summary>One table for every service: the rows that were EC2's, SNS's and SQS's own classifier tests, side by side.</summary>
public sealed class AwsErrorClassifierTests
{
    private const string Topic = "arn:aws:sns:us-east-1:123456789012:t";

    [Theory]
    // EC2
    [InlineData("EC2", "RequestLimitExceeded", 503, FailureKind.Transient)]
    [InlineData("EC2", "Throttling", 400, FailureKind.Transient)]
    [InlineData("EC2", "requestlimitexceeded", 503, FailureKind.Transient)]
    [InlineData("EC2", "InternalError", 500, FailureKind.Transient)]
    [InlineData("EC2", "Unavailable", 503, FailureKind.Transient)]
    [InlineData("EC2", "SomethingNew", 502, FailureKind.Transient)]
    [InlineData("EC2", "SomethingNew", 429, FailureKind.Transient)]
    [InlineData("EC2", "InvalidRouteTableID.NotFound", 400, FailureKind.NotFound)]
    [InlineData("EC2", "InvalidSubnetID.NotFound", 400, FailureKind.NotFound)]
    [InlineData("EC2", "InvalidEgressOnlyInternetGatewayId.NotFound", 400, FailureKind.NotFound)]
    [InlineData("EC2", "UnauthorizedOperation", 403, FailureKind.AccessDenied)]
    [InlineData("EC2", "AuthFailure", 401, FailureKind.AccessDenied)]
    [InlineData("EC2", "SomethingNew", 403, FailureKind.AccessDenied)]
    [InlineData("EC2", "InvalidParameterValue", 400, FailureKind.Permanent)]
    [InlineData("EC2", "RouteLimitExceeded", 400, FailureKind.Permanent)]
    [InlineData("EC2", "IdempotentParameterMismatch", 400, FailureKind.Permanent)]
    // SNS
    [InlineData("SNS", "Throttling", 400, FailureKind.Transient)]
    [InlineData("SNS", "throttling", 400, FailureKind.Transient)]
    [InlineData("SNS", "Throttled", 429, FailureKind.Transient)]
    [InlineData("SNS", "ThrottlingException", 400, FailureKind.Transient)]
    [InlineData("SNS", "KMSThrottling", 400, FailureKind.Transient)]
    [InlineData("SNS", "InternalError", 500, FailureKind.Transient)]
    [InlineData("SNS", "ServiceUnavailable", 503, FailureKind.Transient)]
    [InlineData("SNS", "NotFound", 404, FailureKind.NotFound)]
    [InlineData("SNS", "AuthorizationError", 403, FailureKind.AccessDenied)]
    [InlineData("SNS", "KMSAccessDenied", 400, FailureKind.AccessDenied)]
    [InlineData("SNS", "KMSOptInRequired", 403, FailureKind.AccessDenied)]
    [InlineData("SNS", "SignatureDoesNotMatch", 403, FailureKind.AccessDenied)]
    [InlineData("SNS", "InvalidClientTokenId", 403, FailureKind.AccessDenied)]
    [InlineData("SNS", "ExpiredToken", 403, FailureKind.AccessDenied)]
    [InlineData("SNS", "KMSDisabled", 400, FailureKind.Permanent)]
    [InlineData("SNS", "KMSNotFound", 400, FailureKind.Permanent)]
    [InlineData("SNS", "KMSInvalidState", 400, FailureKind.Permanent)]
    [InlineData("SNS", "InvalidParameter", 400, FailureKind.Permanent)]
    [InlineData("SNS", "InvalidParameterValue", 400, FailureKind.Permanent)]
    [InlineData("SNS", "EndpointDisabled", 400, FailureKind.Permanent)]
    [InlineData("SNS", "HTTP 502", 502, FailureKind.Transient)]
    [InlineData("SNS", "HTTP 429", 429, FailureKind.Transient)]
    [InlineData("SNS", "SomethingNew", 503, FailureKind.Transient)]
    [InlineData("SNS", "SomethingNew", 403, FailureKind.AccessDenied)]
    [InlineData("SNS", "SomethingNew", 400, FailureKind.Permanent)]
    [InlineData("SNS", "HTTP 301", 301, FailureKind.Permanent)]
    // SQS
    [InlineData("SQS", "RequestThrottled", 400, FailureKind.Transient)]
    [InlineData("SQS", "Throttling", 400, FailureKind.Transient)]
    [InlineData("SQS", "ThrottlingException", 400, FailureKind.Transient)]
    [InlineData("SQS", "KMS.ThrottlingException", 400, FailureKind.Transient)]
    [InlineData("SQS", "KmsThrottled", 400, FailureKind.Transient)]
    [InlineData("SQS", "InternalFailure", 500, FailureKind.Transient)]
    [InlineData("SQS", "InternalError", 500, FailureKind.Transient)]
    [InlineData("SQS", "ServiceUnavailable", 503, FailureKind.Transient)]
    [InlineData("SQS", "SomethingNew", 502, FailureKind.Transient)]
    [InlineData("SQS", "SomethingNew", 429, FailureKind.Transient)]
    [InlineData("SQS", "AccessDenied", 403, FailureKind.AccessDenied)]
    [InlineData("SQS", "AccessDeniedException", 400, FailureKind.AccessDenied)]
    [InlineData("SQS", "KMS.AccessDeniedException", 400, FailureKind.AccessDenied)]
    [InlineData("SQS", "KmsAccessDenied", 400, FailureKind.AccessDenied)]
    [InlineData("SQS", "kms.accessdeniedexception", 400, FailureKind.AccessDenied)]
    [InlineData("SQS", "InvalidClientTokenId", 403, FailureKind.AccessDenied)]
    [InlineData("SQS", "AWS.SimpleQueueService.NonExistentQueue", 400, FailureKind.NotFound)]
    [InlineData("SQS", "QueueDoesNotExist", 400, FailureKind.NotFound)]
    [InlineData("SQS", "KMS.NotFoundException", 400, FailureKind.Permanent)]
    [InlineData("SQS", "KmsDisabled", 400, FailureKind.Permanent)]
    [InlineData("SQS", "InvalidParameterValue", 400, FailureKind.Permanent)]
    [InlineData("SQS", "InvalidMessageContents", 400, FailureKind.Permanent)]
    [InlineData("SQS", "UnsupportedOperation", 400, FailureKind.Permanent)]
    // Was Permanent for SQS alone: 403 now means access denied for every service (see AwsErrorClassifier).
    [InlineData("SQS", "SomethingNew", 403, FailureKind.AccessDenied)]
    // Statuses alike for all: the SDK's retried 5xx are transient, the others will not get better.
    [InlineData("SQS", "SomethingNew", 504, FailureKind.Transient)]
    [InlineData("EC2", "SomethingNew", 501, FailureKind.Permanent)]
    [InlineData("SNS", "NotFound", 400, FailureKind.NotFound)]
    [InlineData("EC2", "NotFound", 400, FailureKind.Permanent)]
    public void An_error_is_classified_by_code_first_then_by_status(string service, string code, int status, FailureKind expected) =>
        Assert.Equal(expected, AwsErrorClassifier.Classify(code, (HttpStatusCode)status, Service(service).NotFound));

    [Fact]
    public void Every_code_and_status_the_SDK_retries_on_is_transient_for_every_service()
    {
        var sdk = new StandardRetryPolicy(3);
        foreach (var service in new[] { "EC2", "SNS", "SQS" }.Select(Service))
        {
            foreach (var code in sdk.ThrottlingErrorCodes.Concat(sdk.TimeoutErrorCodesToRetryOn).Concat(sdk.ErrorCodesToRetryOn))
            {
                Assert.Equal((code, FailureKind.Transient), (code, AwsErrorClassifier.Classify(code, HttpStatusCode.BadRequest, service.NotFound)));
            }

            foreach (var status in sdk.HttpStatusCodesToRetryOn)
            {
                Assert.Equal((status, FailureKind.Transient), (status, AwsErrorClassifier.Classify("SomethingNew", status, service.NotFound)));
            }
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_error_the_service_model_marks_retryable_is_transient_whatever_its_code(bool throttling)
    {
        var error = AwsError.From(new ModelledRetryable(throttling));

        Assert.Equal(FailureKind.Transient, error.Failure(Ec2Service.Definition, "ec2:DescribeVpcs", null).Kind);
    }

    [Fact]
    public void An_SDK_error_without_a_code_is_named_by_its_status()
    {
        var error = AwsError.From(new AmazonServiceException("m", null, ErrorType.Unknown, null, "req-1", HttpStatusCode.BadGateway));

        Assert.Equal(new AwsError(HttpStatusCode.BadGateway, "HTTP 502", "m", "req-1"), error);
    }

    [Fact]
    public void The_message_text_never_decides_the_kind()
    {
        var failure = new AwsError(HttpStatusCode.BadRequest, "InvalidParameter", "Rate exceeded, throttling, not found, access denied", "req-1")
            .Failure(SnsService.Definition, SnsService.Publish, Topic);

        Assert.Equal(FailureKind.Permanent, failure.Kind);
    }

    [Fact]
    public void A_failure_names_the_action_the_resource_the_code_and_the_request()
    {
        var failure = new AwsError(HttpStatusCode.NotFound, "NotFound", "Topic does not exist", "req-1")
            .Failure(SnsService.Definition, SnsService.Publish, Topic);

        Assert.Equal(
            new OperationFailure(FailureKind.NotFound, "sns:Publish", Topic, "NotFound", "Topic does not exist (request req-1)"),
            failure);
    }

    private static AwsService Service(string id) => id switch
    {
        "EC2" => Ec2Service.Definition,
        "SNS" => SnsService.Definition,
        "SQS" => SqsService.Definition,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "not a service of this table"),
    };

    /// <summary>What a modelled exception with the <c>retryable</c> trait looks like: the SDK generates the override.</summary>
    private sealed class ModelledRetryable(bool throttling)
        : AmazonServiceException("m", null, ErrorType.Sender, "SomethingNew", "req-1", HttpStatusCode.BadRequest)
    {
        public override RetryableDetails Retryable => new(throttling);
    }
}
