using Remediator.Events;
using Remediator.Judgement;
using Remediator.Network;

namespace Remediator.Triggers;

/// <summary>
/// ModifySubnetAttribute, which changes one attribute at a time. Only switching off the auto-assignment of
/// public IPv4 addresses can make a subnet look private (the IPv4-egress heuristic); no other attribute bears
/// on the judgement.
/// </summary>
internal sealed class SubnetAttributeEvents(ClassificationRules rules)
{
    private const string MapPublicIpOnLaunch = "mapPublicIpOnLaunch";

    public ParsedEvent Interpret(EventOrigin origin, EventField request)
    {
        var parameters = request.RequireObject();
        var subnetId = parameters["subnetId"].RequiredId(ResourceId.IsSubnet, "a subnet");
        var mapPublicIp = parameters[MapPublicIpOnLaunch];
        if (!mapPublicIp.IsPresent)
        {
            return new Ignored($"{origin.EventName} of {subnetId} changes an attribute that does not bear on whether a subnet is private", origin);
        }

        // CloudTrail logs EC2's AttributeBooleanValue as {"value": true}.
        var value = mapPublicIp.RequireObject()["value"];
        return (value.OptionalBoolean() ?? throw value.Invalid("is missing"), rules.Ipv4EgressHeuristic) switch
        {
            (true, _) => new Ignored($"{origin.EventName} of {subnetId} turns on public IPv4 addresses, which makes it look less private", origin),
            (false, false) => new Ignored($"{origin.EventName} of {subnetId}: public IPv4 addresses matter only to the IPv4-egress heuristic, which is off", origin),
            (false, true) => new Triggered(new Trigger(origin, [new SubnetScope(subnetId)])),
        };
    }
}
