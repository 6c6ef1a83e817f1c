using System.Text.Json.Nodes;
using CsCheck;
using Remediator.Network;
using Remediator.StandIns.Worlds;

namespace Remediator.Tests.Triggers;

/// <summary>
/// One API call that changes an input of the judgement, as EC2 would apply it to a network and as CloudTrail
/// would log it: the network after the call, and the event EventBridge delivers for it.
/// </summary>
internal sealed record NetworkChange(string Description, NetworkSnapshot After, JsonObject Event)
{
    private const string NatGateway = "nat-0f1e2d3c4b5a69788";

    private static readonly RouteDestination Ipv4Default = RouteDestination.Ipv4("0.0.0.0/0");
    private static readonly RouteDestination Ipv6Default = RouteDestination.Ipv6("::/0");
    private static readonly RouteDestination Nat64 = RouteDestination.Ipv6(RouteDestination.Nat64Prefix);

    private static readonly ManagedPrefixList Partners =
        new("pl-0e1f2a3b4c5d6e7f8", "partner-networks", "111122223333", IsIpv6: true, ["2001:db8:aa00::/40"]);

    private static readonly ManagedPrefixList Offices =
        new("pl-0a0b0c0d0e0f01020", "offices", "111122223333", IsIpv6: false, ["198.51.100.0/24"]);

    /// <summary>A random change of the network: each kind of call the README's trigger table names, or its harmless twin.</summary>
    public static Gen<NetworkChange> Of(NetworkSnapshot before) =>
        from kind in Gen.Int[0, 11]
        from table in Gen.Int[0, before.RouteTables.Count - 1]
        from subnet in Gen.Int[0, Math.Max(0, before.Subnets.Count - 1)]
        from flag in Gen.Bool
        select Make(before, kind, before.RouteTables[table], before.Subnets.Count == 0 ? null : before.Subnets[subnet], flag);

    private static NetworkChange Make(NetworkSnapshot before, int kind, RouteTable table, Subnet? subnet, bool flag) => kind switch
    {
        0 => SetRoute(before, table, Ipv4Default, new RouteTarget(InternetGatewayOf(before, table.VpcId))),
        1 => SetRoute(before, table, Ipv4Default, new RouteTarget(flag ? NatGateway : "tgw-0e5f60718293a4b5c")),
        2 => DeleteRoute(before, table, flag ? Ipv4Default : Ipv6Default),
        3 => SetRoute(before, table, Ipv6Default, new RouteTarget(InternetGatewayOf(before, table.VpcId))),
        4 => flag ? SetRoute(before, table, Nat64, new RouteTarget(NatGateway)) : DeleteRoute(before, table, Nat64),
        5 => subnet is null ? SetRoute(before, table, Ipv6Default, new RouteTarget(InternetGatewayOf(before, table.VpcId))) : MapPublicIp(before, subnet, flag),
        6 => Disassociate(before, table),
        7 => AttachInternetGateway(before, table.VpcId),
        8 => subnet is null ? Disassociate(before, table) : Associate(before, subnet, table),
        9 => SetRoute(before, table, RouteDestination.Ipv6("2000::/3"), new RouteTarget(flag ? InternetGatewayOf(before, table.VpcId) : "eigw-0d4e5f60718293a4b")),
        10 => SetRoute(before, table, RouteDestination.Of(flag ? Partners : Offices), new RouteTarget(subnet is null ? "tgw-0e5f60718293a4b5c" : InternetGatewayOf(before, table.VpcId))),
        _ => AddPrefixListEntry(before, flag ? Partners : Offices),
    };

    /// <summary>ModifyManagedPrefixList adding an entry of the list's family: every route of the list carries it then.</summary>
    private static NetworkChange AddPrefixListEntry(NetworkSnapshot before, ManagedPrefixList list)
    {
        var current = before.RouteTables.SelectMany(t => t.Routes).Select(r => r.Destination.PrefixList).FirstOrDefault(l => l?.Id == list.Id) ?? list;
        var cidr = list.IsIpv6 ? "2001:db8:cc00::/40" : "203.0.113.0/24";
        var changed = current with { Cidrs = current.Cidrs.Add(cidr) };
        var after = before with
        {
            RouteTables = [.. before.RouteTables.Select(t => t with
            {
                Routes = [.. t.Routes.Select(r => r.Destination.PrefixList?.Id == list.Id ? r with { Destination = RouteDestination.Of(changed) } : r)],
            })],
        };
        var request = new JsonObject
        {
            ["ModifyManagedPrefixListRequest"] = new JsonObject
            {
                ["PrefixListId"] = list.Id,
                ["AddEntry"] = new JsonObject { ["cidr"] = cidr, ["tag"] = "1" },
            },
        };
        return new($"ModifyManagedPrefixList adding {cidr} to {list.Id}", after, EventJson.ApiCall("ModifyManagedPrefixList", request));
    }

    /// <summary>CreateRoute, or ReplaceRoute where the table has the destination already, as EC2 requires.</summary>
    private static NetworkChange SetRoute(NetworkSnapshot before, RouteTable table, RouteDestination destination, RouteTarget target)
    {
        var exists = table.Routes.Any(r => r.Destination.SameRouteAs(destination));
        var eventName = exists ? "ReplaceRoute" : "CreateRoute";
        var routes = table.Routes.Where(r => !r.Destination.SameRouteAs(destination)).Append(new Route(destination, target)).ToValueList();
        var request = new JsonObject
        {
            ["routeTableId"] = table.Id,
            [DestinationField(destination)] = destination.Value,
            [TargetField(target)] = target.Id,
        };
        return new($"{eventName} {destination} → {target} in {table.Id}", Replace(before, table with { Routes = routes }), EventJson.ApiCall(eventName, request));
    }

    private static NetworkChange DeleteRoute(NetworkSnapshot before, RouteTable table, RouteDestination destination)
    {
        if (!table.Routes.Any(r => r.Destination == destination))
        {
            return SetRoute(before, table, destination, new RouteTarget(NatGateway));
        }

        var after = Replace(before, table with { Routes = table.Routes.Where(r => r.Destination != destination).ToValueList() });
        var request = new JsonObject { ["routeTableId"] = table.Id, [DestinationField(destination)] = destination.Value };
        return new($"DeleteRoute {destination} in {table.Id}", after, EventJson.ApiCall("DeleteRoute", request));
    }

    private static NetworkChange MapPublicIp(NetworkSnapshot before, Subnet subnet, bool on)
    {
        var after = before with { Subnets = before.Subnets.Select(s => s.Id == subnet.Id ? s with { MapPublicIpOnLaunch = on } : s).ToValueList() };
        var request = new JsonObject { ["subnetId"] = subnet.Id, ["mapPublicIpOnLaunch"] = new JsonObject { ["value"] = on } };
        return new($"ModifySubnetAttribute {subnet.Id} MapPublicIpOnLaunch={on}", after, EventJson.ApiCall("ModifySubnetAttribute", request));
    }

    /// <summary>The table's first explicit association goes; its subnet falls back to the main table.</summary>
    private static NetworkChange Disassociate(NetworkSnapshot before, RouteTable table)
    {
        var association = table.Associations.FirstOrDefault(a => a.SubnetId is not null);
        if (association is null)
        {
            return AttachInternetGateway(before, table.VpcId);
        }

        var after = Replace(before, table with { Associations = table.Associations.Where(a => a != association).ToValueList() });
        var request = new JsonObject { ["associationId"] = association.Id };
        return new($"DisassociateRouteTable {association.Id} ({association.SubnetId} from {table.Id})", after, EventJson.ApiCall("DisassociateRouteTable", request));
    }

    /// <summary>A subnet served by its main table gets an explicit association (EC2 refuses one that has one already).</summary>
    private static NetworkChange Associate(NetworkSnapshot before, Subnet subnet, RouteTable table)
    {
        var target = before.RouteTables.FirstOrDefault(t => t.VpcId == subnet.VpcId && !t.IsMain) ?? table;
        if (before.RouteTables.Any(t => t.ExplicitSubnetIds.Contains(subnet.Id)) || target.VpcId != subnet.VpcId)
        {
            return MapPublicIp(before, subnet, on: false);
        }

        var association = new RouteTableAssociation("rtbassoc-0f0e0d0c0b0a09080", subnet.Id);
        var after = Replace(before, target with { Associations = target.Associations.Append(association).ToValueList() });
        var request = new JsonObject { ["routeTableId"] = target.Id, ["subnetId"] = subnet.Id };
        return new($"AssociateRouteTable {subnet.Id} with {target.Id}", after, EventJson.ApiCall("AssociateRouteTable", request));
    }

    /// <summary>Every route of the VPC's tables to its internet gateway carries traffic again.</summary>
    private static NetworkChange AttachInternetGateway(NetworkSnapshot before, string vpcId)
    {
        var gateway = InternetGatewayOf(before, vpcId);
        var after = before with
        {
            RouteTables = before.RouteTables
                .Select(t => t.VpcId != vpcId ? t : t with { Routes = t.Routes.Select(r => r.Target.Id == gateway ? r with { IsBlackhole = false } : r).ToValueList() })
                .ToValueList(),
        };
        var request = new JsonObject { ["internetGatewayId"] = gateway, ["vpcId"] = vpcId };
        return new($"AttachInternetGateway {gateway} to {vpcId}", after, EventJson.ApiCall("AttachInternetGateway", request));
    }

    /// <summary>The gateway the VPC's routes already name, or one of its own.</summary>
    private static string InternetGatewayOf(NetworkSnapshot network, string vpcId) =>
        network.RouteTables.Where(t => t.VpcId == vpcId).SelectMany(t => t.Routes).FirstOrDefault(r => r.Target.IsInternetGateway)?.Target.Id
        ?? "igw-" + vpcId[4..];

    private static NetworkSnapshot Replace(NetworkSnapshot network, RouteTable table) =>
        network with { RouteTables = network.RouteTables.Select(t => t.Id == table.Id ? table : t).ToValueList() };

    private static string DestinationField(RouteDestination destination) => destination.Kind switch
    {
        DestinationKind.PrefixList => "destinationPrefixListId",
        DestinationKind.Ipv6Cidr => "destinationIpv6CidrBlock",
        _ => "destinationCidrBlock",
    };

    private static string TargetField(RouteTarget target) => target.Kind switch
    {
        TargetKind.NatGateway => "natGatewayId",
        TargetKind.TransitGateway => "transitGatewayId",
        TargetKind.EgressOnlyInternetGateway => "egressOnlyInternetGatewayId",
        _ => "gatewayId",
    };
}
