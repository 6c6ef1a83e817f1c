using System.Net;
using Remediator.Ec2.Calls;
using Remediator.Failures;

namespace Remediator.Ec2.Tests;

public sealed class Ec2ErrorClassifierTests
{
    [Theory]
    [InlineData("RequestLimitExceeded", 503, FailureKind.Transient)]
    [InlineData("Throttling", 400, FailureKind.Transient)]
    [InlineData("requestlimitexceeded", 503, FailureKind.Transient)]
    [InlineData("InternalError", 500, FailureKind.Transient)]
    [InlineData("Unavailable", 503, FailureKind.Transient)]
    [InlineData("SomethingNew", 502, FailureKind.Transient)]
    [InlineData("InvalidRouteTableID.NotFound", 400, FailureKind.NotFound)]
    [InlineData("InvalidSubnetID.NotFound", 400, FailureKind.NotFound)]
    [InlineData("InvalidEgressOnlyInternetGatewayId.NotFound", 400, FailureKind.NotFound)]
    [InlineData("UnauthorizedOperation", 403, FailureKind.AccessDenied)]
    [InlineData("AuthFailure", 401, FailureKind.AccessDenied)]
    [InlineData("InvalidParameterValue", 400, FailureKind.Permanent)]
    [InlineData("RouteLimitExceeded", 400, FailureKind.Permanent)]
    [InlineData("IdempotentParameterMismatch", 400, FailureKind.Permanent)]
    public void EC2_errors_are_classified_by_code_and_status(string code, int status, FailureKind expected)
    {
        Assert.Equal(expected, Ec2ErrorClassifier.Classify(code, (HttpStatusCode)status));
    }
}
