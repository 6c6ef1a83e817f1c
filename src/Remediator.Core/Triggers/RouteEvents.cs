using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Remediator.Events;
using Remediator.Judgement;
using Remediator.Network;

namespace Remediator.Triggers;

/// <summary>
/// CreateRoute, ReplaceRoute and DeleteRoute. A route change can expose a subnet in four ways: an IPv6 route
/// to an Internet Gateway (the exposure itself); a prefix-list route to an Internet Gateway (an exposure when the
/// list is of the IPv6 family, which only reading it tells); an IPv4 default route that stops going to an Internet Gateway
/// (the IPv4-egress heuristic may now call the table's subnets private while their <c>::/0 → igw</c> stays);
/// a NAT64 route to a NAT gateway (the DNS64 heuristic may now call IPv6-only subnets private). Every other
/// route change can only close an exposure or make a subnet look less private, and is judged from the event
/// alone, without reading the network.
/// </summary>
internal sealed class RouteEvents(ClassificationRules rules)
{
    public ParsedEvent Interpret(EventOrigin origin, EventField request)
    {
        var parameters = request.RequireObject();
        var tableId = parameters["routeTableId"].RequiredId(ResourceId.IsRouteTable, "a route table");
        var destination = Destination(parameters);
        var target = origin.EventName == "DeleteRoute" ? null : Target(parameters);
        var change = $"{origin.EventName} {destination} in {tableId}";
        var changeTo = target is null ? change : $"{change} to {target}";
        var recheck = new Triggered(new Trigger(origin, [new RouteTableScope(tableId)]));
        return destination.Kind switch
        {
            DestinationKind.Ipv6Cidr when target is null =>
                new Ignored($"{change}: removing an IPv6 route can close an exposure, not open one", origin),
            DestinationKind.Ipv6Cidr when target.IsInternetGateway => recheck,
            DestinationKind.Ipv6Cidr when destination.IsNat64 && target.Kind == TargetKind.NatGateway => rules.Dns64Heuristic
                ? recheck
                : new Ignored($"{changeTo}: a NAT64 route makes IPv6-only subnets private only by the DNS64 heuristic, which is off", origin),
            DestinationKind.Ipv6Cidr => new Ignored($"{change} targets {target}, not an internet gateway", origin),
            DestinationKind.Ipv4Cidr when !destination.IsIpv4Default =>
                new Ignored($"{changeTo}: only IPv6 routes and the IPv4 default route bear on whether a subnet is exposed", origin),
            DestinationKind.Ipv4Cidr when !rules.Ipv4EgressHeuristic =>
                new Ignored($"{changeTo}: the IPv4 default route matters only to the IPv4-egress heuristic, which is off", origin),
            DestinationKind.Ipv4Cidr when target?.IsInternetGateway == true =>
                new Ignored($"{changeTo}: IPv4 egress through an internet gateway makes no subnet look more private", origin),

            // IPv4 egress no longer goes through an IGW (another target, or no default route at all).
            DestinationKind.Ipv4Cidr => recheck,
            DestinationKind.PrefixList when target is null =>
                new Ignored($"{change}: removing a prefix-list route can close an exposure, not open one", origin),
            DestinationKind.PrefixList when target.IsInternetGateway => recheck,
            _ => new Ignored($"{change} targets {target}, not an internet gateway", origin),
        };
    }

    private static RouteDestination Destination(EventField parameters)
    {
        var ipv6 = parameters["destinationIpv6CidrBlock"];
        if (ipv6.IsPresent)
        {
            return RouteDestination.Ipv6(Cidr(ipv6, AddressFamily.InterNetworkV6, "an IPv6 CIDR"));
        }

        var ipv4 = parameters["destinationCidrBlock"];
        if (ipv4.IsPresent)
        {
            return RouteDestination.Ipv4(Cidr(ipv4, AddressFamily.InterNetwork, "an IPv4 CIDR"));
        }

        var prefixList = parameters["destinationPrefixListId"];
        return prefixList.IsPresent
            ? RouteDestination.PrefixListId(prefixList.RequiredId(ResourceId.IsPrefixList, "a prefix list"))
            : throw ipv6.Invalid("is missing, and so are destinationCidrBlock and destinationPrefixListId");
    }

    /// <summary>The CIDR as EC2 writes it in DescribeRouteTables (lower case, shortest form), so that it compares.</summary>
    private static string Cidr(EventField field, AddressFamily family, string what)
    {
        var text = field.RequiredString();
        return IPNetwork.TryParse(text, out var network) && network.BaseAddress.AddressFamily == family
            ? network.ToString()
            : throw field.Invalid($"is not {what}: '{EventValues.Truncated(text)}'");
    }

    private static RouteTarget Target(EventField parameters)
    {
        var gateway = parameters["gatewayId"];
        if (gateway.OptionalString() is { } gatewayId && gatewayId.StartsWith("igw-", StringComparison.Ordinal))
        {
            gateway.RequiredId(ResourceId.IsInternetGateway, "an internet gateway");
        }

        // CloudTrail spells EC2's request fields in camelCase: gatewayId, natGatewayId…
        return RouteTarget.FirstOf(field => parameters[JsonNamingPolicy.CamelCase.ConvertName(field)].OptionalString())
            ?? throw gateway.Invalid("is missing, and no other route target is given");
    }
}
