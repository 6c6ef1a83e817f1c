using Amazon.EC2;
using Remediator.Network;
using Sdk = Amazon.EC2.Model;

namespace Remediator.Ec2.Reading;

/// <summary>
/// Turns EC2's answers into the core's plain records. AWSSDK v4 leaves absent lists null, so every list
/// is read as possibly null.
/// </summary>
internal static class Ec2Records
{
    public static Vpc Vpc(Sdk.Vpc vpc) => new(vpc.VpcId, Tags(vpc.Tags));

    public static Subnet Subnet(Sdk.Subnet subnet) => new(
        subnet.SubnetId,
        subnet.VpcId,
        string.IsNullOrEmpty(subnet.CidrBlock) ? null : subnet.CidrBlock,
        [.. (subnet.Ipv6CidrBlockAssociationSet ?? [])
            .Where(a => a.Ipv6CidrBlockState?.State == SubnetCidrBlockStateCode.Associated
                        || a.Ipv6CidrBlockState?.State == SubnetCidrBlockStateCode.Associating)
            .Select(a => a.Ipv6CidrBlock)],
        subnet.MapPublicIpOnLaunch == true,
        Tags(subnet.Tags));

    public static RouteTable RouteTable(Sdk.RouteTable table) => new(
        table.RouteTableId,
        table.VpcId,
        [.. (table.Routes ?? []).Select(Route)],
        [.. (table.Associations ?? [])
            .Where(a => a.AssociationState?.State is null || a.AssociationState.State == RouteTableAssociationStateCode.Associated)
            .Select(a => new RouteTableAssociation(a.RouteTableAssociationId, a.SubnetId, a.Main == true))],
        Tags(table.Tags));

    public static EgressOnlyInternetGateway EgressOnlyInternetGateway(Sdk.EgressOnlyInternetGateway gateway) => new(
        gateway.EgressOnlyInternetGatewayId,
        [.. (gateway.Attachments ?? []).Where(a => a.State == AttachmentStatus.Attached).Select(a => a.VpcId)],
        Tags(gateway.Tags));

    private static Route Route(Sdk.Route route)
    {
        var destination = route switch
        {
            { DestinationIpv6CidrBlock: { Length: > 0 } ipv6 } => RouteDestination.Ipv6(ipv6),
            { DestinationCidrBlock: { Length: > 0 } ipv4 } => RouteDestination.Ipv4(ipv4),
            { DestinationPrefixListId: { Length: > 0 } prefixList } => RouteDestination.PrefixList(prefixList),
            _ => throw new InvalidDataException("EC2 returned a route without a destination."),
        };
        var target = new[]
        {
            route.GatewayId, route.EgressOnlyInternetGatewayId, route.NatGatewayId, route.TransitGatewayId,
            route.NetworkInterfaceId, route.InstanceId, route.VpcPeeringConnectionId, route.LocalGatewayId,
            route.CarrierGatewayId, route.CoreNetworkArn, route.OdbNetworkArn,
        }.FirstOrDefault(id => !string.IsNullOrEmpty(id)) ?? "unknown";
        return new Route(destination, new RouteTarget(target), route.State == RouteState.Blackhole);
    }

    private static Tags Tags(List<Sdk.Tag>? tags) =>
        Network.Tags.Of((tags ?? []).Select(t => new KeyValuePair<string, string>(t.Key, t.Value ?? "")));
}
