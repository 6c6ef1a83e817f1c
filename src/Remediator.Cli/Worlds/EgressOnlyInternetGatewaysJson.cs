namespace Remediator.Cli.Worlds;

// The shape `aws ec2 describe-egress-only-internet-gateways --output json` prints.

internal sealed record EgressOnlyInternetGatewaysPage(IReadOnlyList<EgressOnlyInternetGatewayJson>? EgressOnlyInternetGateways);

internal sealed record EgressOnlyInternetGatewayJson(
    string? EgressOnlyInternetGatewayId,
    IReadOnlyList<AttachmentJson>? Attachments,
    IReadOnlyList<TagJson>? Tags);

internal sealed record AttachmentJson(string? State, string? VpcId);
