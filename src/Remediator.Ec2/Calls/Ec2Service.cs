using Remediator.Aws;
using Remediator.Aws.Errors;

namespace Remediator.Ec2.Calls;

/// <summary>EC2 as the AWS edge knows it.</summary>
public static class Ec2Service
{
    /// <summary>
    /// EC2 names every "no such resource" error <c>Invalid&lt;Resource&gt;ID.NotFound</c> (<c>InvalidRouteTableID.NotFound</c>,
    /// <c>InvalidSubnetID.NotFound</c>, <c>InvalidEgressOnlyInternetGatewayId.NotFound</c>, …): the suffix is the rule.
    /// </summary>
    public static readonly AwsService Definition = new("EC2", new NotFoundCodes([], suffix: ".NotFound"));
}
