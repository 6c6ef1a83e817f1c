using Remediator.Network;

namespace Remediator.Planning;

/// <summary>The Egress-Only Internet Gateway that the replaced routes will point at.</summary>
public abstract record EgressGatewayChoice;

/// <summary>The VPC already has one attached: reuse it.</summary>
public sealed record ExistingEgressGateway(string Id) : EgressGatewayChoice;

/// <summary>
/// The VPC has none: create one. The client token is derived from the VPC id alone, so that concurrent
/// or repeated invocations for the same VPC get the same gateway from EC2 instead of two.
/// </summary>
public sealed record NewEgressGateway(string VpcId, string ClientToken, Tags Tags) : EgressGatewayChoice
{
    public const string CreatedByTagKey = "remediator:created-by";
    public const string CreatedByTagValue = "remediator";

    public static NewEgressGateway For(string vpcId) =>
        new(vpcId, $"remediator-eigw-{vpcId}", Tags.Of((CreatedByTagKey, CreatedByTagValue), ("Name", $"remediator-{vpcId}")));
}
