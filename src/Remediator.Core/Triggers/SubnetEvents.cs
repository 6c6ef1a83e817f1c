using Remediator.Events;
using Remediator.Network;

namespace Remediator.Triggers;

/// <summary>CreateSubnet and AssociateSubnetCidrBlock: a subnet that has, or newly has, IPv6.</summary>
internal static class SubnetEvents
{
    public static ParsedEvent InterpretCreateSubnet(EventOrigin origin, EventField request, EventField response)
    {
        var subnet = response.RequireObject()["subnet"].RequireObject();
        var subnetId = subnet["subnetId"].RequiredId(ResourceId.IsSubnet, "a subnet");
        var parameters = request.RequireObject();
        var hasIpv6 = subnet["ipv6CidrBlockAssociationSet"].Items().Any()
            || parameters["ipv6CidrBlock"].IsPresent
            || parameters["ipv6IpamPoolId"].IsPresent;
        return hasIpv6
            ? new Triggered(new Trigger(origin, [new SubnetScope(subnetId)]))
            : new Ignored($"new subnet {subnetId} has no IPv6 CIDR; AssociateSubnetCidrBlock is checked when it gets one", origin);
    }

    /// <summary>
    /// Subnets can only gain IPv6 blocks this way, so every success is worth a look. Some EC2 calls are
    /// logged with their parameters wrapped in a PascalCase request object; both shapes are read.
    /// </summary>
    public static ParsedEvent InterpretAssociateCidrBlock(EventOrigin origin, EventField request)
    {
        var parameters = request.RequireObject();
        var wrapped = parameters["AssociateSubnetCidrBlockRequest"];
        var subnetField = wrapped.IsPresent ? wrapped.RequireObject()["SubnetId"] : parameters["subnetId"];
        var subnetId = subnetField.RequiredId(ResourceId.IsSubnet, "a subnet");
        return new Triggered(new Trigger(origin, [new SubnetScope(subnetId)]));
    }
}
