namespace Remediator.Ec2.Shapes;

// An egress-only internet gateway as EC2 describes it (DescribeEgressOnlyInternetGateways).

public sealed record EgressOnlyInternetGatewayShape(
    string? EgressOnlyInternetGatewayId,
    IReadOnlyList<AttachmentShape?>? Attachments,
    IReadOnlyList<TagShape?>? Tags);

public sealed record AttachmentShape(string? State, string? VpcId);
