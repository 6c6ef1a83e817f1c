using Remediator.Network;

namespace Remediator.Cli.Worlds;

/// <summary>
/// Turns the AWS CLI's JSON into the core's records, as the EC2 adapter does with the SDK's objects: the
/// same states count (IPv6 CIDRs associated or associating, associations associated, attachments attached)
/// and the same target fields are read. A world written by hand may leave a state out; it then counts as
/// in effect. A missing id or destination is an error naming the field.
/// </summary>
internal static class WorldRecords
{
    public static Vpc Vpc(WorldItem<VpcJson> item) =>
        new(item.Required(item.Value.VpcId, "VpcId"), Tags(item, item.Value.Tags));

    public static Subnet Subnet(WorldItem<SubnetJson> item)
    {
        var subnet = item.Value;
        var ipv6 = (subnet.Ipv6CidrBlockAssociationSet ?? [])
            .Select((cidr, i) => (cidr, i))
            .Where(c => c.cidr?.Ipv6CidrBlockState?.State is null or "associated" or "associating")
            .Select(c => item.Required(c.cidr?.Ipv6CidrBlock, $"Ipv6CidrBlockAssociationSet[{c.i}].Ipv6CidrBlock"));
        return new Subnet(
            item.Required(subnet.SubnetId, "SubnetId"),
            item.Required(subnet.VpcId, "VpcId"),
            string.IsNullOrEmpty(subnet.CidrBlock) ? null : subnet.CidrBlock,
            [.. ipv6],
            subnet.MapPublicIpOnLaunch == true,
            Tags(item, subnet.Tags));
    }

    public static RouteTable RouteTable(WorldItem<RouteTableJson> item)
    {
        var table = item.Value;
        var associations = (table.Associations ?? [])
            .Select((a, i) => (a, i))
            .Where(a => a.a?.AssociationState?.State is null or "associated")
            .Select(a => new RouteTableAssociation(
                item.Required(a.a?.RouteTableAssociationId, $"Associations[{a.i}].RouteTableAssociationId"), a.a?.SubnetId, a.a?.Main == true));
        return new RouteTable(
            item.Required(table.RouteTableId, "RouteTableId"),
            item.Required(table.VpcId, "VpcId"),
            [.. (table.Routes ?? []).Select((route, i) => Route(item, route, $"Routes[{i}]"))],
            [.. associations],
            Tags(item, table.Tags));
    }

    public static EgressOnlyInternetGateway EgressOnlyInternetGateway(WorldItem<EgressOnlyInternetGatewayJson> item)
    {
        var gateway = item.Value;
        var attached = (gateway.Attachments ?? [])
            .Select((a, i) => (a, i))
            .Where(a => a.a?.State is null or "attached")
            .Select(a => item.Required(a.a?.VpcId, $"Attachments[{a.i}].VpcId"));
        return new EgressOnlyInternetGateway(
            item.Required(gateway.EgressOnlyInternetGatewayId, "EgressOnlyInternetGatewayId"), [.. attached], Tags(item, gateway.Tags));
    }

    private static Route Route<T>(WorldItem<T> item, RouteJson? route, string field)
    {
        if (route is null)
        {
            throw item.Problem(field, "is null");
        }

        var destination = route switch
        {
            { DestinationIpv6CidrBlock: { Length: > 0 } ipv6 } => RouteDestination.Ipv6(ipv6),
            { DestinationCidrBlock: { Length: > 0 } ipv4 } => RouteDestination.Ipv4(ipv4),
            { DestinationPrefixListId: { Length: > 0 } prefixList } => RouteDestination.PrefixList(prefixList),
            _ => throw item.Problem(field, "has no DestinationCidrBlock, DestinationIpv6CidrBlock or DestinationPrefixListId"),
        };
        var target = new[]
        {
            route.GatewayId, route.EgressOnlyInternetGatewayId, route.NatGatewayId, route.TransitGatewayId,
            route.NetworkInterfaceId, route.InstanceId, route.VpcPeeringConnectionId, route.LocalGatewayId,
            route.CarrierGatewayId, route.CoreNetworkArn, route.OdbNetworkArn,
        }.FirstOrDefault(id => !string.IsNullOrEmpty(id)) ?? "unknown";
        return new Route(destination, new RouteTarget(target), route.State == "blackhole");
    }

    private static Tags Tags<T>(WorldItem<T> item, IReadOnlyList<TagJson>? tags)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < (tags?.Count ?? 0); i++)
        {
            var key = item.Required(tags![i]?.Key, $"Tags[{i}].Key");
            if (!pairs.TryAdd(key, tags[i]?.Value ?? ""))
            {
                throw item.Problem($"Tags[{i}].Key", $"repeats the key '{key}'");
            }
        }

        return Network.Tags.Of(pairs);
    }
}
