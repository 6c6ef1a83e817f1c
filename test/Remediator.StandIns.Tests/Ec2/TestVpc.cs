using Remediator.Network;

namespace Remediator.StandIns.Tests.Ec2;

/// <summary>Builds one VPC's resources for the stand-in's world, the way a test describes them.</summary>
internal sealed class TestVpc
{
    private readonly List<Subnet> subnets = [];
    private readonly List<RouteTable> tables = [];
    private readonly List<EgressOnlyInternetGateway> gateways = [];

    public TestVpc(Tags? tags = null) => Vpc = new Vpc(Some.Id("vpc"), tags ?? Tags.None);

    public Vpc Vpc { get; }

    public string Id => Vpc.Id;

    public Subnet Subnet(string? ipv4Cidr = "10.0.1.0/24", string? ipv6Cidr = "2001:db8:0:1::/64", Tags? tags = null, bool mapPublicIp = false)
    {
        var subnet = new Subnet(Some.Id("subnet"), Vpc.Id, ipv4Cidr, ipv6Cidr is null ? [] : [ipv6Cidr], mapPublicIp, tags ?? Tags.None);
        subnets.Add(subnet);
        return subnet;
    }

    public RouteTable Table(IEnumerable<Route> routes, IEnumerable<Subnet> serves, bool main = false, Tags? tags = null)
    {
        var associations = serves.Select(s => new RouteTableAssociation(Some.Id("rtbassoc"), s.Id)).ToList();
        if (main)
        {
            associations.Add(new RouteTableAssociation(Some.Id("rtbassoc"), null, IsMain: true));
        }

        var table = new RouteTable(Some.Id("rtb"), Vpc.Id, [Some.Route("10.0.0.0/16", "local"), .. routes], [.. associations], tags ?? Tags.None);
        tables.Add(table);
        return table;
    }

    public EgressOnlyInternetGateway EgressGateway(Tags? tags = null)
    {
        var gateway = new EgressOnlyInternetGateway(Some.Id("eigw"), [Vpc.Id], tags ?? Tags.None);
        gateways.Add(gateway);
        return gateway;
    }

    public NetworkSnapshot Snapshot() => Combine(this);

    public static NetworkSnapshot Combine(params TestVpc[] vpcs) => new(
        [.. vpcs.Select(v => v.Vpc)],
        [.. vpcs.SelectMany(v => v.subnets)],
        [.. vpcs.SelectMany(v => v.tables)],
        [.. vpcs.SelectMany(v => v.gateways)]);
}
