using Remediator.Network;
using Remediator.StandIns.Ec2.Protocol;

namespace Remediator.StandIns.Ec2.Actions;

/// <summary>
/// CreateRoute: <c>RouteTableId</c>, exactly one destination and exactly one target. A destination the table
/// already routes is <c>RouteAlreadyExists</c>, whatever the target; a gateway target must exist and be
/// attached to the table's VPC (see <see cref="RouteRequest.CheckTarget"/>). The route is added active.
/// </summary>
internal sealed class CreateRoute : IEc2Action
{
    public string Name => "CreateRoute";

    public Action<Ec2Xml> Handle(Ec2Request request, Ec2World world)
    {
        var destination = RouteRequest.Destination(request);
        var target = RouteRequest.Target(request);
        return RouteRequest.ChangeRoutes(request, world, (s, table) =>
        {
            if (RouteRequest.Find(table, destination) is not null)
            {
                throw Ec2Error.RouteAlreadyExists(destination.Value).ToException();
            }

            RouteRequest.CheckTarget(s, table, target);
            return [.. table.Routes, new Route(destination, target)];
        });
    }
}
