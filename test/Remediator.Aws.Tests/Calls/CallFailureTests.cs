using Amazon.Runtime;
using Remediator.Aws.Calls;
using Remediator.Ec2.Calls;
using Remediator.Failures;

namespace Remediator.Aws.Tests.Calls;

/// <summary>What any AWS call's exception means, whether the SDK's client or our SNS client threw it.</summary>
public sealed class CallFailureTests
{
    private static readonly AwsService Ec2 = Ec2Service.Definition;

    [Fact]
    public void A_dropped_connection_is_transient_and_named_by_its_type()
    {
        var failure = CallFailure.From(new HttpRequestException("Connection refused"), Ec2, "ec2:DescribeVpcs", null, CancellationToken.None);

        Assert.Equal(new OperationFailure(FailureKind.Transient, "ec2:DescribeVpcs", null, "HttpRequestException", "Connection refused"), failure);
    }

    [Fact]
    public void A_broken_stream_is_transient() =>
        Assert.Equal(FailureKind.Transient, CallFailure.From(new IOException("reset"), Ec2, "ec2:DescribeVpcs", null, CancellationToken.None)?.Kind);

    [Fact]
    public void A_timeout_is_transient_and_says_what_did_not_answer()
    {
        var failure = CallFailure.From(new TaskCanceledException(), Ec2, "ec2:DescribeVpcs", null, CancellationToken.None, "No answer within 5 s.");

        Assert.Equal(new OperationFailure(FailureKind.Transient, "ec2:DescribeVpcs", null, NetworkFailure.TimeoutCode, "No answer within 5 s."), failure);
    }

    [Fact]
    public void The_callers_own_cancellation_is_not_a_failure()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Null(CallFailure.From(new OperationCanceledException(cancelled.Token), Ec2, "ec2:DescribeVpcs", null, cancelled.Token));
    }

    [Fact]
    public void A_client_side_refusal_before_sending_is_permanent()
    {
        var failure = CallFailure.From(new AmazonClientException("Unable to get credentials"), Ec2, "ec2:DescribeVpcs", null, CancellationToken.None);

        Assert.Equal(new OperationFailure(FailureKind.Permanent, "ec2:DescribeVpcs", null, "AmazonClientException", "Unable to get credentials"), failure);
    }

    [Fact]
    public void A_bug_of_ours_is_left_alone() =>
        Assert.Null(CallFailure.From(new InvalidOperationException("bug"), Ec2, "ec2:DescribeVpcs", null, CancellationToken.None));

    [Fact]
    public async Task AwsCall_throws_the_classified_failure_with_the_SDK_exception_inside()
    {
        var refused = new AmazonServiceException("No such table", null, ErrorType.Sender, "InvalidRouteTableID.NotFound", "req-9", System.Net.HttpStatusCode.BadRequest);

        var error = await Assert.ThrowsAsync<OperationFailedException>(() =>
            AwsCall.RunAsync<int>(Ec2, "ec2:ReplaceRoute", "rtb-1", () => throw refused, CancellationToken.None));

        Assert.Equal(
            new OperationFailure(FailureKind.NotFound, "ec2:ReplaceRoute", "rtb-1", "InvalidRouteTableID.NotFound", "No such table (request req-9)"),
            error.Failure);
        Assert.Same(refused, error.InnerException);
    }
}
