using Remediator.Events;
using Remediator.Network;

namespace Remediator.Triggers;

/// <summary>
/// AssociateRouteTable, ReplaceRouteTableAssociation and DisassociateRouteTable: a subnet now follows another
/// table.
/// </summary>
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

    /// <summary>
    /// The subnet falls back to its VPC's main table. The record names only the association, which is gone once
    /// the call succeeded, so neither the subnet nor its VPC can be known: every main table of the region that
    /// could expose a subnet is judged.
    /// </summary>
    public static ParsedEvent InterpretDisassociate(EventOrigin origin, EventField request)
    {
        var parameters = request.RequireObject();
        parameters["associationId"].RequiredId(ResourceId.IsRouteTableAssociation, "a route table association");
        return new Triggered(new Trigger(origin, [new MainRouteTablesScope(origin.Region)]));
    }
}
