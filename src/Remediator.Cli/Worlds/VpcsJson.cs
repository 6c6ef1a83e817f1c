namespace Remediator.Cli.Worlds;

// The shape `aws ec2 describe-vpcs --output json` prints; only the id and the tags (exemption) matter here.

internal sealed record VpcsPage(IReadOnlyList<VpcJson>? Vpcs);

internal sealed record VpcJson(string? VpcId, IReadOnlyList<TagJson>? Tags);
