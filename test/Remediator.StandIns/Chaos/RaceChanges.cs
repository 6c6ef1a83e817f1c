using Remediator.Network;
using Remediator.StandIns.Ec2;
using Remediator.StandIns.Ec2.World;
using Remediator.StandIns.Worlds;

namespace Remediator.StandIns.Chaos;

/// <summary>
/// What someone else does to the world between Remediator's read and its write: delete the table, the route or
/// the egress-only gateway the write names; point the route elsewhere (a transit gateway, their own EIGW); or give
/// the VPC an egress-only gateway of their own just before Remediator creates one.
/// </summary>
internal static class RaceChanges
{
    /// <param name="variant">In [0, 1): which of the five races.</param>
    /// <returns>What was done, or <c>null</c> when the write names nothing there is to race.</returns>
    public static Race? BeforeReplaceRoute(Ec2World world, IReadOnlyDictionary<string, string> parameters, double variant)
    {
        var tableId = parameters.GetValueOrDefault("RouteTableId");
        var destination = parameters.GetValueOrDefault("DestinationIpv6CidrBlock") ?? parameters.GetValueOrDefault("DestinationPrefixListId");
        var table = world.Snapshot().RouteTables.FirstOrDefault(t => t.Id == tableId);
        var route = table?.Routes.FirstOrDefault(r => destination is not null && Destinations.Same(r.Destination.Value, destination));
        if (table is null || route is null || destination is null)
        {
            return null;
        }

        switch ((int)(variant * 5))
        {
            case 0 when !table.IsMain:
                world.RemoveRouteTable(table.Id);
                return new Race(FaultKind.DeletedBeforeWrite, table.Id, $"deleted {table.Id}");
            case 0 or 1:
                world.RemoveRoute(table.Id, destination);
                return new Race(FaultKind.DeletedBeforeWrite, table.Id, $"deleted {destination} of {table.Id}");
            case 2 when parameters.GetValueOrDefault("EgressOnlyInternetGatewayId") is { } gateway
                        && world.Snapshot().EgressOnlyInternetGateways.Any(g => g.Id == gateway):
                world.RemoveEgressOnlyInternetGateway(gateway);
                return new Race(FaultKind.DeletedBeforeWrite, table.Id, $"deleted {gateway}, which the write to {table.Id} names");
            case 2 or 3:
                return Retarget(world, table, route, Some.Id("tgw"));
            default:
                return Retarget(world, table, route, world.CreateEgressOnlyInternetGateway(table.VpcId).Id);
        }
    }

    public static Race? BeforeCreateGateway(Ec2World world, IReadOnlyDictionary<string, string> parameters)
    {
        if (parameters.GetValueOrDefault("VpcId") is not { } vpcId || world.Snapshot().Vpcs.All(v => v.Id != vpcId))
        {
            return null;
        }

        var theirs = world.CreateEgressOnlyInternetGateway(vpcId);
        return new Race(FaultKind.ChangedBeforeWrite, null, $"someone else created {theirs.Id} in {vpcId}");
    }

    private static Race Retarget(Ec2World world, RouteTable table, Route route, string target)
    {
        world.Put(table with { Routes = table.Routes.Select(r => r == route ? new Route(r.Destination, new RouteTarget(target)) : r).ToValueList() });
        return new Race(FaultKind.ChangedBeforeWrite, table.Id, $"someone else pointed {route.Destination.Value} of {table.Id} at {target}");
    }
}

/// <summary>One race carried out: its kind, the table it touched (if any) and what it did, in words.</summary>
internal sealed record Race(FaultKind Kind, string? TableId, string What);
