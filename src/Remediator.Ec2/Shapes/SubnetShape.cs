namespace Remediator.Ec2.Shapes;

// A subnet as EC2 describes it (DescribeSubnets, `aws ec2 describe-subnets`); undeclared fields are not read.

public sealed record SubnetShape(
    string? SubnetId,
    string? VpcId,
    string? CidrBlock,
    IReadOnlyList<SubnetIpv6CidrShape?>? Ipv6CidrBlockAssociationSet,
    bool? MapPublicIpOnLaunch,
    IReadOnlyList<TagShape?>? Tags);

public sealed record SubnetIpv6CidrShape(string? Ipv6CidrBlock, StateShape? Ipv6CidrBlockState);
