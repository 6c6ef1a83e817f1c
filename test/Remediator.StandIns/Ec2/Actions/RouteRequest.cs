using System.Net;
using System.Net.Sockets;
using Remediator.Network;
using Remediator.StandIns.Ec2.Protocol;
using Remediator.StandIns.Ec2.World;

namespace Remediator.StandIns.Ec2.Actions;

/// <summary>
/// What CreateRoute, ReplaceRoute and DeleteRoute share: the table and its change, exactly one destination and
/// (but for DeleteRoute) exactly one target, read as EC2 reads them, and the checks EC2 makes of a gateway target.
/// Gateways the world does not model (NAT gateways, transit gateways…) are taken on trust.
/// </summary>
internal static class RouteRequest
{
    private static readonly string[] DestinationParameters = ["DestinationCidrBlock", "DestinationIpv6CidrBlock", "DestinationPrefixListId"];

    private static readonly string[] TargetParameters =
    [
        "GatewayId", "EgressOnlyInternetGatewayId", "NatGatewayId", "TransitGatewayId", "NetworkInterfaceId", "InstanceId",
        "VpcPeeringConnectionId", "LocalGatewayId", "CarrierGatewayId", "VpcEndpointId", "CoreNetworkArn", "LocalTarget",
    ];

    /// <summary>The destination, a CIDR in the shortest form EC2 describes it in.</summary>
    public static RouteDestination Destination(Ec2Request request)
    {
        var (parameter, value) = ExactlyOne(request, DestinationParameters);
        return parameter switch
        {
            "DestinationCidrBlock" => RouteDestination.Ipv4(Cidr(parameter, value, AddressFamily.InterNetwork)),
            "DestinationIpv6CidrBlock" => RouteDestination.Ipv6(Cidr(parameter, value, AddressFamily.InterNetworkV6)),
            _ => RouteDestination.PrefixListId(value),
        };
    }

    public static RouteTarget Target(Ec2Request request)
    {
        var (parameter, value) = ExactlyOne(request, TargetParameters);
        return new RouteTarget(parameter == "LocalTarget" ? "local" : value);
    }

    /// <summary>
    /// Gives the table <c>RouteTableId</c> names the routes <paramref name="change"/> makes of its own (which throws
    /// for an EC2 error), in one step under the world's lock; an unknown table is <c>InvalidRouteTableID.NotFound</c>.
    /// </summary>
    public static Action<Ec2Xml> ChangeRoutes(Ec2Request request, Ec2World world, Func<Ec2WorldState, RouteTable, ValueList<Route>> change)
    {
        var tableId = request.Required("RouteTableId");
        world.Change(s =>
        {
            var table = s.RouteTables.GetValueOrDefault(tableId) ?? throw Ec2Error.RouteTableNotFound(tableId).ToException();
            s.RouteTables[table.Id] = table with { Routes = change(s, table) };
            return true;
        });
        return Ec2Xml.ReturnTrue;
    }

    /// <summary>The table's route for the destination, compared as a network (<c>2001:DB8::/32</c> is <c>2001:db8::/32</c>).</summary>
    public static Route? Find(RouteTable table, RouteDestination destination) =>
        table.Routes.FirstOrDefault(r => r.Destination.Kind == destination.Kind && Destinations.Same(r.Destination.Value, destination.Value));

    /// <summary>The destination as DescribeRouteTables' filters and EC2's error messages name it.</summary>
    public static string FilterName(DestinationKind kind) => kind switch
    {
        DestinationKind.Ipv4Cidr => "destination-cidr-block",
        DestinationKind.Ipv6Cidr => "destination-ipv6-cidr-block",
        _ => "destination-prefix-list-id",
    };

    /// <summary>An internet or egress-only gateway must exist and be attached to the table's VPC.</summary>
    public static void CheckTarget(Ec2WorldState state, RouteTable table, RouteTarget target)
    {
        var attachedHere = target.Kind switch
        {
            TargetKind.EgressOnlyInternetGateway => state.EgressOnlyInternetGateways.GetValueOrDefault(target.Id)?.IsAttachedTo(table.VpcId)
                ?? throw Ec2Error.GatewayNotFound(target.Id).ToException(),
            TargetKind.InternetGateway => state.InternetGateways.Contains(target.Id)
                ? state.InternetGateways.AttachedVpcOf(target.Id) == table.VpcId
                : throw Ec2Error.GatewayNotFound(target.Id).ToException(),
            _ => true,
        };
        if (!attachedHere)
        {
            throw Ec2Error.InvalidParameterValue(
                $"route table {table.Id} and network gateway {target.Id} belong to different networks").ToException();
        }
    }

    private static string Cidr(string parameter, string value, AddressFamily family) =>
        IPNetwork.TryParse(value, out var network) && network.BaseAddress.AddressFamily == family
            ? network.ToString()
            : throw Ec2Error.InvalidParameterValue(
                $"Value ({value}) for parameter {char.ToLowerInvariant(parameter[0])}{parameter[1..]} is invalid. This is not a valid CIDR block.").ToException();

    private static (string Parameter, string Value) ExactlyOne(Ec2Request request, string[] parameters)
    {
        var given = parameters.Where(p => request.Get(p) is { Length: > 0 }).ToList();
        return given switch
        {
            [var only] => (only, request.Get(only)!),
            [] => throw Ec2Error.MissingParameter($"exactly one of {string.Join(", ", parameters)}").ToException(),
            [var first, var second, ..] => throw Ec2Error.InvalidParameterCombination(
                $"The parameter {first} cannot be used with the parameter {second}").ToException(),
        };
    }
}
