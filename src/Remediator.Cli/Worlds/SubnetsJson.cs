namespace Remediator.Cli.Worlds;

// The shape `aws ec2 describe-subnets --output json` prints; undeclared fields are skipped.

internal sealed record SubnetsPage(IReadOnlyList<SubnetJson>? Subnets);

internal sealed record SubnetJson(
    string? SubnetId,
    string? VpcId,
    string? CidrBlock,
    IReadOnlyList<SubnetIpv6CidrJson>? Ipv6CidrBlockAssociationSet,
    bool? MapPublicIpOnLaunch,
    IReadOnlyList<TagJson>? Tags);

internal sealed record SubnetIpv6CidrJson(string? Ipv6CidrBlock, StateJson? Ipv6CidrBlockState);
