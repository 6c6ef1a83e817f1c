using Remediator.Network;
using Remediator.StandIns.Worlds;

namespace Remediator.Benchmarks.Sweep;

/// <summary>
/// A region of <c>tables</c> route tables: VPCs of 10 tables and 10 subnets each (a public main table serving
/// a public subnet, and 9 private tables each serving one private subnet and routing IPv6 to the VPC's EIGW).
/// In every tenth VPC there is no EIGW yet: the first private table routes IPv6 to the IGW, the others have
/// no IPv6 egress.
/// </summary>
internal static class SweepWorld
{
    public const int TablesPerVpc = 10;

    public static NetworkSnapshot Build(int tables)
    {
        var networks = Enumerable.Range(0, Math.Max(1, tables / TablesPerVpc)).Select(_ => new TestNetwork()).ToArray();
        for (var v = 0; v < networks.Length; v++)
        {
            var n = networks[v];
            var leaky = v % 10 == 0;
            n.Table([Some.Ipv4DefaultTo(n.InternetGatewayId), Some.Ipv6DefaultTo(n.InternetGatewayId)], [n.PublicSubnet()], main: true);
            var eigw = leaky ? null : n.AttachedEgressGateway().Id;
            for (var t = 1; t < TablesPerVpc; t++)
            {
                Route[] ipv6 = eigw is not null ? [Some.Ipv6DefaultTo(eigw)] : t == 1 ? [Some.Ipv6DefaultTo(n.InternetGatewayId)] : [];
                n.Table([Some.Ipv4DefaultTo(Some.Id("nat")), .. ipv6], [n.PrivateSubnet()]);
            }
        }

        return TestNetwork.Combine(networks);
    }
}
