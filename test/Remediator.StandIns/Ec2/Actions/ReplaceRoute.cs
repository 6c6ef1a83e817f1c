using Remediator.Network;
using Remediator.StandIns.Ec2.Protocol;
using Remediator.StandIns.Ec2.World;

namespace Remediator.StandIns.Ec2.Actions;

/// <summary>
/// ReplaceRoute: <c>RouteTableId</c>, exactly one destination and exactly one target. Replacing a route
/// that does not exist is <c>InvalidParameterValue</c> ("Use CreateRoute instead"), which is what EC2
/// answers although its reference suggests <c>InvalidRoute.NotFound</c>. An egress-only gateway target must
/// exist and be attached to the table's VPC; other gateways are not modelled and are taken on trust.
/// </summary>
internal sealed class ReplaceRoute : IEc2Action
{
    private static readonly string[] DestinationParameters = ["DestinationCidrBlock", "DestinationIpv6CidrBlock", "DestinationPrefixListId"];

    private static readonly string[] TargetParameters =
    [
        "GatewayId", "EgressOnlyInternetGatewayId", "NatGatewayId", "TransitGatewayId", "NetworkInterfaceId", "InstanceId",
        "VpcPeeringConnectionId", "LocalGatewayId", "CarrierGatewayId", "VpcEndpointId", "CoreNetworkArn", "LocalTarget",
    ];

    public string Name => "ReplaceRoute";

    public Action<Ec2Xml> Handle(Ec2Request request, Ec2World world)
    {
        var tableId = request.Required("RouteTableId");
        var (destinationParameter, destination) = ExactlyOne(request, DestinationParameters);
        var (targetParameter, targetValue) = ExactlyOne(request, TargetParameters);
        var target = new RouteTarget(targetParameter == "LocalTarget" ? "local" : targetValue);

        world.Change(s =>
        {
            var table = s.RouteTables.GetValueOrDefault(tableId) ?? throw Ec2Error.RouteTableNotFound(tableId).ToException();
            var route = table.Routes.FirstOrDefault(r => r.Destination.Kind == KindOf(destinationParameter)
                                                         && Destinations.Same(r.Destination.Value, destination))
                ?? throw Ec2Error.InvalidParameterValue(
                    $"There is no route defined for '{destination}' in the route table. Use CreateRoute instead.").ToException();

            if (target.Kind == TargetKind.EgressOnlyInternetGateway)
            {
                var gateway = s.EgressOnlyInternetGateways.GetValueOrDefault(target.Id)
                    ?? throw Ec2Error.GatewayNotFound(target.Id).ToException();
                if (!gateway.IsAttachedTo(table.VpcId))
                {
                    throw Ec2Error.InvalidParameterValue(
                        $"route table {table.Id} and network gateway {gateway.Id} belong to different networks").ToException();
                }
            }

            var routes = table.Routes.Select(r => r == route ? new Route(r.Destination, target) : r).ToValueList();
            s.RouteTables[table.Id] = table with { Routes = routes };
            return true;
        });

        return xml => xml.Element("return", true);
    }

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

    private static DestinationKind KindOf(string parameter) => parameter switch
    {
        "DestinationCidrBlock" => DestinationKind.Ipv4Cidr,
        "DestinationIpv6CidrBlock" => DestinationKind.Ipv6Cidr,
        _ => DestinationKind.PrefixList,
    };
}
