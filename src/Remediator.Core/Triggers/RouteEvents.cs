using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Remediator.Events;
using Remediator.Network;

namespace Remediator.Triggers;

/// <summary>
/// CreateRoute and ReplaceRoute. Only an IPv6 route to an Internet Gateway can expose a subnet; every other
/// route is judged from the event alone, without reading the network.
/// </summary>
internal static class RouteEvents
{
    public static ParsedEvent Interpret(EventOrigin origin, EventField request)
    {
        var parameters = request.RequireObject();
        var tableId = parameters["routeTableId"].RequiredId(ResourceId.IsRouteTable, "a route table");
        var ipv6 = parameters["destinationIpv6CidrBlock"];
        if (!ipv6.IsPresent)
        {
            return NotIpv6(origin, parameters, tableId);
        }

        var destination = ipv6.RequiredString();
        if (!IPNetwork.TryParse(destination, out var network) || network.BaseAddress.AddressFamily != AddressFamily.InterNetworkV6)
        {
            throw ipv6.Invalid($"is not an IPv6 CIDR: '{EventValues.Truncated(destination)}'");
        }

        var gateway = parameters["gatewayId"];
        if (gateway.OptionalString() is { } gatewayId && gatewayId.StartsWith("igw-", StringComparison.Ordinal))
        {
            gateway.RequiredId(ResourceId.IsInternetGateway, "an internet gateway");
            return new Triggered(new Trigger(origin, [new RouteTableScope(tableId)]));
        }

        // CloudTrail spells EC2's request fields in camelCase: gatewayId, natGatewayId…
        var target = RouteTarget.FirstOf(field => parameters[JsonNamingPolicy.CamelCase.ConvertName(field)].OptionalString())
            ?? throw gateway.Invalid("is missing, and no other route target is given");
        return new Ignored($"{origin.EventName} {destination} in {tableId} targets {target}, not an internet gateway", origin);
    }

    private static Ignored NotIpv6(EventOrigin origin, EventField parameters, string tableId)
    {
        if (parameters["destinationCidrBlock"].OptionalString() is { } ipv4)
        {
            return new Ignored($"{origin.EventName} {ipv4} in {tableId} is an IPv4 route; only IPv6 routes can expose a private subnet", origin);
        }

        if (parameters["destinationPrefixListId"].OptionalString() is { } prefixList)
        {
            return new Ignored($"{origin.EventName} to prefix list {prefixList} in {tableId}: Remediator judges CIDR destinations only", origin);
        }

        throw parameters["destinationIpv6CidrBlock"].Invalid("is missing, and so are destinationCidrBlock and destinationPrefixListId");
    }
}
