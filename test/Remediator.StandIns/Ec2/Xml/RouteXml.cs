using Remediator.Network;
using Remediator.StandIns.Ec2.Protocol;

namespace Remediator.StandIns.Ec2.Xml;

/// <summary>
/// One route as DescribeRouteTables lists it. The target goes in the element EC2 uses for its kind, which
/// the id prefix tells: IGWs, VGWs, VPC endpoints and <c>local</c> all share <c>gatewayId</c>.
/// </summary>
internal static class RouteXml
{
    public static void Write(Ec2Xml xml, Route route, string accountId)
    {
        xml.Element(DestinationElement(route.Destination.Kind), route.Destination.Value);
        xml.Element(TargetElement(route.Target.Kind), route.Target.Id);
        if (route.Target.Kind == TargetKind.Instance)
        {
            xml.Element("instanceOwnerId", accountId);
        }

        // Remediator's records do not keep the origin: the local route comes with the table, the rest were added.
        xml.Element("origin", route.Target.Kind == TargetKind.Local ? "CreateRouteTable" : "CreateRoute");
        xml.Element("state", route.IsBlackhole ? "blackhole" : "active");
    }

    private static string DestinationElement(DestinationKind kind) => kind switch
    {
        DestinationKind.Ipv4Cidr => "destinationCidrBlock",
        DestinationKind.Ipv6Cidr => "destinationIpv6CidrBlock",
        DestinationKind.PrefixList => "destinationPrefixListId",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string TargetElement(TargetKind kind) => kind switch
    {
        TargetKind.EgressOnlyInternetGateway => "egressOnlyInternetGatewayId",
        TargetKind.NatGateway => "natGatewayId",
        TargetKind.TransitGateway => "transitGatewayId",
        TargetKind.NetworkInterface => "networkInterfaceId",
        TargetKind.Instance => "instanceId",
        TargetKind.VpcPeeringConnection => "vpcPeeringConnectionId",
        TargetKind.CarrierGateway => "carrierGatewayId",
        TargetKind.LocalGateway => "localGatewayId",
        TargetKind.CoreNetwork => "coreNetworkArn",
        _ => "gatewayId",
    };
}
