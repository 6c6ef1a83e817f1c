using Remediator.Network;
using Remediator.StandIns.Ec2.Protocol;
using Remediator.StandIns.Ec2.Querying;
using Remediator.StandIns.Ec2.Xml;

namespace Remediator.StandIns.Ec2.Actions;

/// <summary>DescribeRouteTables: <c>RouteTableId.N</c>, <c>Filter.N</c>, <c>MaxResults</c> 5–100, <c>NextToken</c>.</summary>
internal sealed class DescribeRouteTables(string accountId) : IEc2Action
{
    private readonly Describer<RouteTable> describer = new(
        "RouteTableId",
        t => t.Id,
        Ec2Error.RouteTableNotFound,
        new FilterFields<RouteTable>(
            t => t.Tags,
            ("route-table-id", t => [t.Id]),
            ("vpc-id", t => [t.VpcId]),
            ("owner-id", _ => [accountId]),
            ("association.route-table-association-id", t => t.Associations.Select(a => a.Id)),
            ("association.route-table-id", t => t.Associations.Select(_ => t.Id)),
            ("association.subnet-id", t => t.ExplicitSubnetIds),
            ("association.main", t => t.Associations.Select(a => a.IsMain ? "true" : "false")),
            ("route.destination-cidr-block", t => Destinations(t, DestinationKind.Ipv4Cidr)),
            ("route.destination-ipv6-cidr-block", t => Destinations(t, DestinationKind.Ipv6Cidr)),
            ("route.destination-prefix-list-id", t => Destinations(t, DestinationKind.PrefixList)),
            ("route.gateway-id", t => Targets(t, "gatewayId")),
            ("route.egress-only-internet-gateway-id", t => Targets(t, "egressOnlyInternetGatewayId")),
            ("route.nat-gateway-id", t => Targets(t, "natGatewayId")),
            ("route.transit-gateway-id", t => Targets(t, "transitGatewayId")),
            ("route.instance-id", t => Targets(t, "instanceId")),
            ("route.vpc-peering-connection-id", t => Targets(t, "vpcPeeringConnectionId")),
            ("route.state", t => t.Routes.Select(r => r.IsBlackhole ? "blackhole" : "active"))),
        (5, 100));

    public string Name => "DescribeRouteTables";

    public Action<Ec2Xml> Handle(Ec2Request request, Ec2World world)
    {
        var page = world.Read(s => describer.Describe(request, [.. s.RouteTables.Values]));
        return xml =>
        {
            xml.Set("routeTableSet", page.Items, (x, table) => RouteTableXml.Write(x, table, accountId));
            xml.Optional("nextToken", page.NextToken);
        };
    }

    private static IEnumerable<string> Destinations(RouteTable table, DestinationKind kind) =>
        table.Routes.Where(r => r.Destination.Kind == kind).Select(r => r.Destination.Value);

    private static IEnumerable<string> Targets(RouteTable table, string element) =>
        table.Routes.Where(r => RouteXml.TargetElement(r.Target.Kind) == element).Select(r => r.Target.Id);
}
