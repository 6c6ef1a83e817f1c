using Remediator.Events;
using Remediator.Network;

namespace Remediator.Triggers;

/// <summary>AssociateRouteTable and ReplaceRouteTableAssociation: a subnet now follows another table.</summary>
internal static class AssociationEvents
{
    public static ParsedEvent InterpretAssociate(EventOrigin origin, EventField request)
    {
        var parameters = request.RequireObject();
        var tableId = parameters["routeTableId"].RequiredId(ResourceId.IsRouteTable, "a route table");
        if (parameters["subnetId"].IsPresent)
        {
            parameters["subnetId"].RequiredId(ResourceId.IsSubnet, "a subnet");
            return new Triggered(new Trigger(origin, [new RouteTableScope(tableId)]));
        }

        // An edge association routes traffic entering the VPC through a gateway; it serves no subnet.
        return parameters["gatewayId"].OptionalString() is { } gatewayId
            ? new Ignored($"{origin.EventName} of {tableId} with gateway {gatewayId} is an edge association and serves no subnet", origin)
            : throw parameters["subnetId"].Invalid("is missing, and so is gatewayId");
    }

    /// <summary>Re-checks the table now associated; this also covers a change of the VPC's main table.</summary>
    public static ParsedEvent InterpretReplace(EventOrigin origin, EventField request)
    {
        var parameters = request.RequireObject();
        parameters["associationId"].RequiredId(ResourceId.IsRouteTableAssociation, "a route table association");
        var tableId = parameters["routeTableId"].RequiredId(ResourceId.IsRouteTable, "a route table");
        return new Triggered(new Trigger(origin, [new RouteTableScope(tableId)]));
    }
}
