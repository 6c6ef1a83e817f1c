using Remediator.Network;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Worlds;
using Remediator.Triggers;

namespace Remediator.Benchmarks.Warm;

/// <summary>
/// One VPC of 50 subnets and 20 route tables, shaped like a real one, so that every classification rule and
/// every kind of decision is exercised: the main table routes both families to the IGW and serves 12 public
/// subnets implicitly; 14 tables serve 2 private subnets each and route IPv6 to the EIGW; 4 tables expose 2
/// private subnets each to the IGW; 1 table exposes a private subnet it shares with a public one.
/// </summary>
internal sealed class BenchmarkVpc
{
    private BenchmarkVpc(NetworkSnapshot snapshot, RouteTable leaky, Subnet leakySubnet)
    {
        Snapshot = snapshot;
        RouteTableScope = [new RouteTableScope(leaky.Id)];
        SubnetScope = [new SubnetScope(leakySubnet.Id)];
        CreateRouteEvent = SampleEvents.CreateRoute(leaky.Id);
    }

    public NetworkSnapshot Snapshot { get; }

    /// <summary>What a CreateRoute on one of the exposing tables asks to judge.</summary>
    public ValueList<RecheckScope> RouteTableScope { get; }

    /// <summary>What a CreateSubnet or a tag change on one of the exposed subnets asks to judge.</summary>
    public ValueList<RecheckScope> SubnetScope { get; }

    public string CreateRouteEvent { get; }

    public static BenchmarkVpc Build()
    {
        var network = new TestNetwork();
        var igw = network.InternetGatewayId;
        var eigw = network.AttachedEgressGateway().Id;
        Route[] sideRoutes = [Ipv4("10.1.0.0/16", Some.Id("pcx")), Ipv4("172.16.0.0/12", Some.Id("tgw"))];

        for (var i = 0; i < 12; i++)
        {
            // Unassociated: served by the main table. Public by tag, by name, and by the IPv4 route heuristic.
            _ = i switch
            {
                < 6 => network.PublicSubnet(),
                < 10 => network.Subnet(Tags.Of(("Name", $"web-public-{i}"))),
                _ => network.Subnet(mapPublicIp: true),
            };
        }

        network.Table([Some.Ipv4DefaultTo(igw), Some.Ipv6DefaultTo(igw)], [], main: true);
        (RouteTable Table, Subnet Subnet)? leaky = null;
        for (var i = 0; i < 19; i++)
        {
            var served = new[] { PrivateSubnet(network, i), i == 18 ? network.PublicSubnet() : PrivateSubnet(network, i + 1) };
            var exposed = i >= 14;
            var table = network.Table([Some.Ipv4DefaultTo(Some.Id("nat")), Some.Ipv6DefaultTo(exposed ? igw : eigw), .. sideRoutes], served);
            if (exposed)
            {
                leaky ??= (table, served[0]);
            }
        }

        return new BenchmarkVpc(network.Snapshot(), leaky!.Value.Table, leaky.Value.Subnet);
    }

    /// <summary>Private by each rule in turn: tag, Kubernetes tag, name word, and the IPv4 egress heuristic (no tag).</summary>
    private static Subnet PrivateSubnet(TestNetwork network, int i) => (i % 4) switch
    {
        0 => network.PrivateSubnet(),
        1 => network.Subnet(Tags.Of(("kubernetes.io/role/internal-elb", "1"))),
        2 => network.Subnet(Tags.Of(("Name", $"app-private-{i}"))),
        _ => network.Subnet(),
    };

    private static Route Ipv4(string cidr, string target) => new(RouteDestination.Ipv4(cidr), new RouteTarget(target));
}
