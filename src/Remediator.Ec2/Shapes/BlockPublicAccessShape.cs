namespace Remediator.Ec2.Shapes;

/// <summary>
/// A region's VPC Block Public Access as EC2 describes it (DescribeVpcBlockPublicAccessOptions'
/// <c>VpcBlockPublicAccessOptions</c>); only the mode, its state and whether exclusions are allowed matter here.
/// </summary>
public sealed record VpcBlockPublicAccessOptionsShape(string? InternetGatewayBlockMode, string? State, string? ExclusionsAllowed);

/// <summary>One of DescribeVpcBlockPublicAccessExclusions' <c>VpcBlockPublicAccessExclusions</c>.</summary>
/// <param name="ResourceArn">The excluded VPC or subnet, e.g. <c>arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-0a1b…</c>.</param>
public sealed record VpcBlockPublicAccessExclusionShape(string? ExclusionId, string? InternetGatewayExclusionMode, string? ResourceArn, string? State);
