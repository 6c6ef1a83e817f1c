namespace Remediator.Cli.Worlds;

// The shape `aws ec2 describe-route-tables --output json` prints. Only the fields Remediator judges by are
// declared; the rest (OwnerId, PropagatingVgws, Origin, NextToken…) are skipped when read and kept when a
// world is written back.

internal sealed record RouteTablesPage(IReadOnlyList<RouteTableJson>? RouteTables);

internal sealed record RouteTableJson(
    string? RouteTableId,
    string? VpcId,
    IReadOnlyList<RouteJson>? Routes,
    IReadOnlyList<RouteTableAssociationJson>? Associations,
    IReadOnlyList<TagJson>? Tags);

internal sealed record RouteJson(
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
    string? State);

internal sealed record RouteTableAssociationJson(string? RouteTableAssociationId, string? SubnetId, bool? Main, StateJson? AssociationState);
