using Remediator.Network;

namespace Remediator.Ec2.Shapes;

/// <summary>
/// Turns EC2's resource shapes into the core's records: the one mapping behind both the live reader and the
/// offline world reader. What counts is what is in effect: IPv6 CIDRs and associations associated or associating
/// (an AssociateRouteTable read back at once may still be associating, and the subnet is about to be served by the
/// table), attachments attached; a state left out (a world written by hand) counts as in effect. A missing
/// id or destination, or a repeated tag key, is an error naming the field.
/// </summary>
public static class ShapeRecords
{
    public static Vpc Vpc(VpcShape vpc, ShapeProblem problem) =>
        new(Required(vpc.VpcId, "VpcId", problem), Tags(vpc.Tags, problem));

    public static Subnet Subnet(SubnetShape subnet, ShapeProblem problem)
    {
        var ipv6 = (subnet.Ipv6CidrBlockAssociationSet ?? [])
            .Select((cidr, i) => (cidr, i))
            .Where(c => c.cidr?.Ipv6CidrBlockState?.State is null or "associated" or "associating")
            .Select(c => Required(c.cidr?.Ipv6CidrBlock, $"Ipv6CidrBlockAssociationSet[{c.i}].Ipv6CidrBlock", problem));
        return new Subnet(
            Required(subnet.SubnetId, "SubnetId", problem),
            Required(subnet.VpcId, "VpcId", problem),
            string.IsNullOrEmpty(subnet.CidrBlock) ? null : subnet.CidrBlock,
            [.. ipv6],
            subnet.MapPublicIpOnLaunch == true,
            Tags(subnet.Tags, problem));
    }

    public static RouteTable RouteTable(RouteTableShape table, ShapeProblem problem)
    {
        var associations = (table.Associations ?? [])
            .Select((a, i) => (a, i))
            .Where(a => a.a?.AssociationState?.State is null or "associated" or "associating")
            .Select(a => new RouteTableAssociation(
                Required(a.a?.RouteTableAssociationId, $"Associations[{a.i}].RouteTableAssociationId", problem), a.a?.SubnetId, a.a?.Main == true));
        return new RouteTable(
            Required(table.RouteTableId, "RouteTableId", problem),
            Required(table.VpcId, "VpcId", problem),
            [.. (table.Routes ?? []).Select((route, i) => Route(route, $"Routes[{i}]", problem))],
            [.. associations],
            Tags(table.Tags, problem));
    }

    public static EgressOnlyInternetGateway EgressOnlyInternetGateway(EgressOnlyInternetGatewayShape gateway, ShapeProblem problem)
    {
        var attached = (gateway.Attachments ?? [])
            .Select((a, i) => (a, i))
            .Where(a => a.a?.State is null or "attached")
            .Select(a => Required(a.a?.VpcId, $"Attachments[{a.i}].VpcId", problem));
        return new EgressOnlyInternetGateway(
            Required(gateway.EgressOnlyInternetGatewayId, "EgressOnlyInternetGatewayId", problem), [.. attached], Tags(gateway.Tags, problem));
    }

    /// <summary>A list of a family other than IPv4 and IPv6 is an error naming the field, not a list to guess about.</summary>
    public static ManagedPrefixList ManagedPrefixList(
        ManagedPrefixListShape list, IReadOnlyList<PrefixListEntryShape?>? entries, ShapeProblem problem)
    {
        var id = Required(list.PrefixListId, "PrefixListId", problem);
        var family = Required(list.AddressFamily, "AddressFamily", problem);
        var isIpv6 = family switch
        {
            "IPv6" => true,
            "IPv4" => false,
            _ => throw problem("AddressFamily", $"is '{family}', which is neither IPv4 nor IPv6"),
        };
        return new ManagedPrefixList(
            id,
            string.IsNullOrWhiteSpace(list.PrefixListName) ? id : list.PrefixListName,
            Required(list.OwnerId, "OwnerId", problem),
            isIpv6,
            [.. (entries ?? []).Select((entry, i) => Required(entry?.Cidr, $"Entries[{i}].Cidr", problem))]);
    }

    /// <summary>
    /// A mode or exclusion mode this code does not know is an error naming the field: the caller reports BPA as
    /// unknown rather than guess what a new mode lets through.
    /// </summary>
    public static KnownBlockPublicAccess BlockPublicAccess(
        VpcBlockPublicAccessOptionsShape options, ShapeProblem problem, IEnumerable<BlockPublicAccessExclusion> exclusions) =>
        new(
            Known<InternetGatewayBlockMode>(options.InternetGatewayBlockMode, "InternetGatewayBlockMode", problem),
            options.State == "update-in-progress",
            options.ExclusionsAllowed != "not-allowed",
            [.. exclusions]);

    public static BlockPublicAccessExclusion Exclusion(VpcBlockPublicAccessExclusionShape exclusion, ShapeProblem problem)
    {
        var arn = Required(exclusion.ResourceArn, "ResourceArn", problem);
        return new BlockPublicAccessExclusion(
            Required(exclusion.ExclusionId, "ExclusionId", problem),
            Known<InternetGatewayExclusionMode>(exclusion.InternetGatewayExclusionMode, "InternetGatewayExclusionMode", problem),
            arn[(arn.LastIndexOf('/') + 1)..],
            Required(exclusion.State, "State", problem));
    }

    private static TEnum Known<TEnum>(string? text, string field, ShapeProblem problem)
        where TEnum : struct, Enum =>
        WireNames.TryParse<TEnum>(Required(text, field, problem), out var value)
            ? value
            : throw problem(field, $"is '{text}', which is none of {string.Join(", ", WireNames.All<TEnum>())}");

    private static Route Route(RouteShape? route, string field, ShapeProblem problem)
    {
        if (route is null)
        {
            throw problem(field, "is null");
        }

        var destination = route switch
        {
            { DestinationIpv6CidrBlock: { Length: > 0 } ipv6 } => RouteDestination.Ipv6(ipv6),
            { DestinationCidrBlock: { Length: > 0 } ipv4 } => RouteDestination.Ipv4(ipv4),
            { DestinationPrefixListId: { Length: > 0 } prefixList } => RouteDestination.PrefixListId(prefixList),
            _ => throw problem(field, "has no DestinationCidrBlock, DestinationIpv6CidrBlock or DestinationPrefixListId"),
        };

        // A target in a field newer than RouteTarget.Fields still leaves a route, one that is not to an IGW.
        var target = RouteTarget.FirstOf(route.Target) ?? new RouteTarget("unknown");
        return new Route(destination, target, route.State == "blackhole");
    }

    private static Tags Tags(IReadOnlyList<TagShape?>? tags, ShapeProblem problem)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < (tags?.Count ?? 0); i++)
        {
            var key = Required(tags![i]?.Key, $"Tags[{i}].Key", problem);
            if (!pairs.TryAdd(key, tags[i]?.Value ?? ""))
            {
                throw problem($"Tags[{i}].Key", $"repeats the key '{key}'");
            }
        }

        return Network.Tags.Of(pairs);
    }

    private static string Required(string? value, string field, ShapeProblem problem) =>
        string.IsNullOrWhiteSpace(value) ? throw problem(field, "is missing") : value;
}
