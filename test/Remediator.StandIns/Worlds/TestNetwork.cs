using System.Collections.Immutable;
using Remediator.Network;

namespace Remediator.StandIns.Worlds;

/// <summary>
/// Builds one VPC's network the way people describe it in a test: "a private subnet on a table that
/// routes ::/0 to the IGW". Every subnet gets an IPv4 and an IPv6 CIDR unless told otherwise.
/// </summary>
public sealed class TestNetwork
{
    private readonly List<Subnet> subnets = [];
    private readonly List<RouteTable> tables = [];
    private readonly List<EgressOnlyInternetGateway> gateways = [];
    private int subnetNumber;

    public TestNetwork(Tags? vpcTags = null)
    {
        Vpc = new Vpc(Some.Id("vpc"), vpcTags ?? Tags.None);
        InternetGatewayId = Some.InternetGatewayId();
    }

    public Vpc Vpc { get; }

    public string InternetGatewayId { get; }

    public Subnet Subnet(Tags? tags = null, bool ipv4 = true, bool ipv6 = true, bool mapPublicIp = false)
    {
        subnetNumber++;
        var subnet = new Subnet(
            Some.Id("subnet"),
            Vpc.Id,
            ipv4 ? $"10.0.{subnetNumber}.0/24" : null,
            ipv6 ? [$"2001:db8:0:{subnetNumber:x}::/64"] : [],
            mapPublicIp,
            tags ?? Tags.None);
        subnets.Add(subnet);
        return subnet;
    }

    public Subnet PrivateSubnet(bool ipv6 = true) => Subnet(Tags.Of(("Tier", "private")), ipv6: ipv6);

    public Subnet PublicSubnet(bool ipv6 = true) => Subnet(Tags.Of(("Tier", "public")), ipv6: ipv6, mapPublicIp: true);

    public RouteTable Table(IEnumerable<Route> routes, IEnumerable<Subnet> serves, bool main = false, Tags? tags = null)
    {
        var associations = serves.Select(s => new RouteTableAssociation(Some.Id("rtbassoc"), s.Id)).ToList();
        if (main)
        {
            associations.Add(new RouteTableAssociation(Some.Id("rtbassoc"), null, IsMain: true));
        }

        var table = new RouteTable(Some.Id("rtb"), Vpc.Id, [Some.Local(), .. routes], [.. associations], tags ?? Tags.None);
        tables.Add(table);
        return table;
    }

    /// <summary>A table sending IPv6 to the IGW and IPv4 to a NAT gateway, serving the given subnets.</summary>
    public RouteTable LeakyTable(params Subnet[] serves) =>
        Table([Some.Ipv4DefaultTo(Some.Id("nat")), Some.Ipv6DefaultTo(InternetGatewayId)], serves);

    public EgressOnlyInternetGateway AttachedEgressGateway()
    {
        var gateway = new EgressOnlyInternetGateway(Some.Id("eigw"), [Vpc.Id], Tags.None);
        gateways.Add(gateway);
        return gateway;
    }

    public void AddForeignEgressGateway(EgressOnlyInternetGateway gateway) => gateways.Add(gateway);

    public NetworkSnapshot Snapshot() => new([Vpc], [.. subnets], [.. tables], [.. gateways]);

    public VpcNetwork View() => Snapshot().ByVpc().Single();

    public static NetworkSnapshot Combine(params TestNetwork[] networks) => new(
        [.. networks.Select(n => n.Vpc)],
        [.. networks.SelectMany(n => n.subnets)],
        [.. networks.SelectMany(n => n.tables)],
        [.. networks.SelectMany(n => n.gateways)]);
}
