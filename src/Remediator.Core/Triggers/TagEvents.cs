using System.Collections.Immutable;
using Remediator.Events;
using Remediator.Judgement;
using Remediator.Network;

namespace Remediator.Triggers;

/// <summary>
/// CreateTags and DeleteTags. Tags decide classification and exemption, but only some keys on some resource
/// types: a subnet's classification and name tags, and the exemption tag on a subnet, route table or VPC.
/// </summary>
internal sealed class TagEvents(ClassificationRules rules)
{
    private readonly ImmutableHashSet<string> subnetKeys = rules.KeysThatMatter;
    private readonly ImmutableHashSet<string> exemptionKey = [rules.Exemption.Key];

    public ParsedEvent Interpret(EventOrigin origin, EventField request)
    {
        var parameters = request.RequireObject();
        var resources = parameters["resourcesSet"].Items().Select(item => item["resourceId"]).ToList();
        var keys = parameters["tagSet"].Items().Select(item => item["key"].RequiredString()).ToList();

        // DeleteTags without a tag list deletes every tag of the resources.
        var deletesAll = origin.EventName == "DeleteTags" && keys.Count == 0;

        var candidates = resources.Select(Candidate).OfType<(RecheckScope Scope, ImmutableHashSet<string> Keys)>().ToList();
        if (candidates.Count == 0)
        {
            var ids = string.Join(", ", resources.Select(r => r.OptionalString()));
            return new Ignored($"{origin.EventName} on {ids}: only tags of subnets, route tables and VPCs affect Remediator", origin);
        }

        var scopes = candidates.Where(c => deletesAll || keys.Any(c.Keys.Contains)).Select(c => c.Scope).Distinct().ToValueList();
        return scopes.IsEmpty
            ? new Ignored($"{origin.EventName} of {string.Join(", ", keys)} cannot change how a subnet is classified or exempted", origin)
            : new Triggered(new Trigger(origin, scopes));
    }

    private (RecheckScope Scope, ImmutableHashSet<string> Keys)? Candidate(EventField resource)
    {
        var id = resource.RequiredString();
        return id switch
        {
            _ when id.StartsWith("subnet-", StringComparison.Ordinal) =>
                (new SubnetScope(resource.RequiredId(ResourceId.IsSubnet, "a subnet")), subnetKeys),
            _ when id.StartsWith("rtb-", StringComparison.Ordinal) =>
                (new RouteTableScope(resource.RequiredId(ResourceId.IsRouteTable, "a route table")), exemptionKey),
            _ when id.StartsWith("vpc-", StringComparison.Ordinal) =>
                (new VpcScope(resource.RequiredId(ResourceId.IsVpc, "a VPC")), exemptionKey),
            _ => null,
        };
    }
}
