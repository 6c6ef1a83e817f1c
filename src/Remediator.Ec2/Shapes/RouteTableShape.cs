using Remediator.Network;

namespace Remediator.Ec2.Shapes;

// A route table as EC2 describes it: the SDK's DescribeRouteTables answer and `aws ec2 describe-route-tables`
// share these field names. Only the fields Remediator judges by are declared; a list or an item the AWS CLI's
// JSON leaves out or spells as null is null here.

public sealed record RouteTableShape(
    string? RouteTableId,
    string? VpcId,
    IReadOnlyList<RouteShape?>? Routes,
    IReadOnlyList<RouteTableAssociationShape?>? Associations,
    IReadOnlyList<TagShape?>? Tags);

public sealed record RouteShape(
    string? DestinationCidrBlock,
    string? DestinationIpv6CidrBlock,
    string? DestinationPrefixListId,
    string? GatewayId,
    string? EgressOnlyInternetGatewayId,
    string? NatGatewayId,
    string? TransitGatewayId,
    string? NetworkInterfaceId,
    string? InstanceId,
    string? VpcPeeringConnectionId,
    string? LocalGatewayId,
    string? CarrierGatewayId,
    string? CoreNetworkArn,
    string? OdbNetworkArn,
    string? State)
{
    /// <summary>The value of one of <see cref="RouteTarget.Fields"/>; null for one a route does not answer with.</summary>
    public string? Target(string field) => field switch
    {
        nameof(GatewayId) => GatewayId,
        nameof(EgressOnlyInternetGatewayId) => EgressOnlyInternetGatewayId,
        nameof(NatGatewayId) => NatGatewayId,
        nameof(TransitGatewayId) => TransitGatewayId,
        nameof(NetworkInterfaceId) => NetworkInterfaceId,
        nameof(InstanceId) => InstanceId,
        nameof(VpcPeeringConnectionId) => VpcPeeringConnectionId,
        nameof(LocalGatewayId) => LocalGatewayId,
        nameof(CarrierGatewayId) => CarrierGatewayId,
        nameof(CoreNetworkArn) => CoreNetworkArn,
        nameof(OdbNetworkArn) => OdbNetworkArn,
        _ => null,
    };
}

public sealed record RouteTableAssociationShape(string? RouteTableAssociationId, string? SubnetId, bool? Main, StateShape? AssociationState);
