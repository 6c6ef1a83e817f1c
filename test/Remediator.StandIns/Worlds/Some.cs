using Remediator.Network;

namespace Remediator.StandIns.Worlds;

/// <summary>Unique, well-formed test values, so that no two tests share an id by accident.</summary>
public static class Some
{
    private static long next = 0x1000;

    public static string Id(string prefix) => $"{prefix}-{Interlocked.Increment(ref next):x17}";

    public static string InternetGatewayId() => Id("igw");

    public static Route Ipv6DefaultTo(string target) => new(RouteDestination.Ipv6("::/0"), new RouteTarget(target));

    public static Route Ipv4DefaultTo(string target) => new(RouteDestination.Ipv4("0.0.0.0/0"), new RouteTarget(target));

    public static Route Local(string ipv4Cidr = "10.0.0.0/16") => new(RouteDestination.Ipv4(ipv4Cidr), new RouteTarget("local"));
}
