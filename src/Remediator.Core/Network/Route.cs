namespace Remediator.Network;

/// <param name="IsBlackhole">The target is gone (e.g. a detached IGW): EC2 drops the traffic.</param>
public sealed record Route(RouteDestination Destination, RouteTarget Target, bool IsBlackhole = false)
{
    /// <summary>An IPv6 route that sends traffic to an Internet Gateway, which lets the internet in.</summary>
    public bool IsIpv6ToInternetGateway => Destination.IsIpv6 && Target.IsInternetGateway && !IsBlackhole;

    /// <summary>A live route to an Internet Gateway for a prefix list whose family has yet to be read.</summary>
    public bool IsUnreadPrefixListToInternetGateway => Destination.IsUnreadPrefixList && Target.IsInternetGateway && !IsBlackhole;

    public override string ToString() => $"{Destination} → {Target}{(IsBlackhole ? " (blackhole)" : "")}";
}
