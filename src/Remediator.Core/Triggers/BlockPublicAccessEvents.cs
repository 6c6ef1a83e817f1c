using Remediator.Events;
using Remediator.Network;

namespace Remediator.Triggers;

/// <summary>
/// Changes of VPC Block Public Access, which never change the fix (the EIGW is right either way) but can let the
/// internet reach subnets that it kept out: an exposure reported as blocked, and left so (detect mode, a table
/// shared with public subnets), becomes reachable. So a change that lets inbound traffic in re-checks what it
/// covers, and one that blocks more is ignored. What the change covers is read from the request, logged wrapped
/// like the other newer EC2 actions (e.g. <c>{"CreateVpcBlockPublicAccessExclusionRequest": {…}}</c>); a request
/// that does not say is a reason to look at the whole region, never to reject the event.
/// </summary>
internal static class BlockPublicAccessEvents
{
    private const string AllowEgress = "allow-egress";

    public static ParsedEvent InterpretOptions(EventOrigin origin, EventField request)
    {
        var mode = Wrapped(request, "ModifyVpcBlockPublicAccessOptionsRequest")["InternetGatewayBlockMode"].OptionalString();
        return mode is "block-bidirectional" or "block-ingress"
            ? new Ignored($"{origin.EventName} sets {mode}, which keeps inbound internet traffic out", origin)
            : Region(origin);
    }

    public static ParsedEvent InterpretCreateExclusion(EventOrigin origin, EventField request)
    {
        var parameters = Wrapped(request, "CreateVpcBlockPublicAccessExclusionRequest");
        if (parameters["InternetGatewayExclusionMode"].OptionalString() == AllowEgress)
        {
            return AllowsEgressOnly(origin);
        }

        var subnetId = parameters["SubnetId"].OptionalId(ResourceId.IsSubnet, "a subnet");
        var vpcId = parameters["VpcId"].OptionalId(ResourceId.IsVpc, "a VPC");
        return (subnetId, vpcId) switch
        {
            ({ } subnet, _) => new Triggered(new Trigger(origin, [new SubnetScope(subnet)])),
            (null, { } vpc) => new Triggered(new Trigger(origin, [new VpcScope(vpc)])),
            _ => Region(origin),
        };
    }

    /// <summary>The request names only the exclusion, not the VPC or subnet it covers.</summary>
    public static ParsedEvent InterpretModifyExclusion(EventOrigin origin, EventField request) =>
        Wrapped(request, "ModifyVpcBlockPublicAccessExclusionRequest")["InternetGatewayExclusionMode"].OptionalString() == AllowEgress
            ? AllowsEgressOnly(origin)
            : Region(origin);

    private static Ignored AllowsEgressOnly(EventOrigin origin) =>
        new($"{origin.EventName} allows egress only: inbound internet traffic stays blocked", origin);

    private static Triggered Region(EventOrigin origin) => new(new Trigger(origin, [new RegionScope(origin.Region)]));

    /// <summary>The wrapped request's fields; absent ones read as not given.</summary>
    private static EventField Wrapped(EventField request, string wrapper) => request[wrapper];
}
