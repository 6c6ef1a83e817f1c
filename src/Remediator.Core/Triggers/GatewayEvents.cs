using Remediator.Events;
using Remediator.Network;

namespace Remediator.Triggers;

/// <summary>
/// AttachInternetGateway: an IPv6 route to the gateway that was a blackhole while it was detached carries
/// traffic again, in any table of the VPC.
/// </summary>
internal static class GatewayEvents
{
    public static ParsedEvent InterpretAttach(EventOrigin origin, EventField request)
    {
        var parameters = request.RequireObject();
        parameters["internetGatewayId"].RequiredId(ResourceId.IsInternetGateway, "an internet gateway");
        var vpcId = parameters["vpcId"].RequiredId(ResourceId.IsVpc, "a VPC");
        return new Triggered(new Trigger(origin, [new VpcScope(vpcId)]));
    }
}
