using Remediator.Network;
using Remediator.StandIns.Ec2.Protocol;

namespace Remediator.StandIns.Ec2.Actions;

/// <summary>
/// DeleteRoute: <c>RouteTableId</c> and exactly one destination. A destination the table does not route is
/// <c>InvalidRoute.NotFound</c>; the local route cannot be removed (<c>InvalidParameterValue</c>).
/// </summary>
internal sealed class DeleteRoute : IEc2Action
{
    public string Name => "DeleteRoute";

    public Action<Ec2Xml> Handle(Ec2Request request, Ec2World world)
    {
        var destination = RouteRequest.Destination(request);
        return RouteRequest.ChangeRoutes(request, world, (_, table) =>
        {
            var route = RouteRequest.Find(table, destination)
                ?? throw Ec2Error.RouteNotFound(table.Id, RouteRequest.FilterName(destination.Kind), destination.Value).ToException();
            return route.Target.Kind == TargetKind.Local
                ? throw Ec2Error.InvalidParameterValue($"cannot remove local route {destination} in route table {table.Id}").ToException()
                : table.Routes.Where(r => r != route).ToValueList();
        });
    }
}
