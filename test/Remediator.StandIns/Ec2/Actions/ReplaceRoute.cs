using Remediator.Network;
using Remediator.StandIns.Ec2.Protocol;

namespace Remediator.StandIns.Ec2.Actions;

/// <summary>
/// ReplaceRoute: <c>RouteTableId</c>, exactly one destination and exactly one target. Replacing a route
/// that does not exist is <c>InvalidParameterValue</c> ("Use CreateRoute instead"), which is what EC2
/// answers although its reference suggests <c>InvalidRoute.NotFound</c>. A gateway target must exist and be
/// attached to the table's VPC (see <see cref="RouteRequest.CheckTarget"/>); a blackhole route replaced
/// with a live target is active again.
/// </summary>
internal sealed class ReplaceRoute : IEc2Action
{
    public string Name => "ReplaceRoute";

    public Action<Ec2Xml> Handle(Ec2Request request, Ec2World world)
    {
        var destination = RouteRequest.Destination(request);
        var target = RouteRequest.Target(request);
        return RouteRequest.ChangeRoutes(request, world, (s, table) =>
        {
            var route = RouteRequest.Find(table, destination)
                ?? throw Ec2Error.InvalidParameterValue(
                    $"There is no route defined for '{destination}' in the route table. Use CreateRoute instead.").ToException();
            RouteRequest.CheckTarget(s, table, target);
            return table.Routes.Select(r => r == route ? new Route(r.Destination, target) : r).ToValueList();
        });
    }
}
