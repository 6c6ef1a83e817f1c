using Remediator.Judgement;
using Remediator.Network;
using Remediator.Planning;

namespace Remediator.Tests.Planning;

/// <summary>
/// DESIGN.md's rules written out plainly, sharing no code with the classifier or the planner: which table
/// serves which subnet, what each subnet is, and what should be decided for each table.
/// </summary>
internal sealed class RulesModel
{
    private readonly Dictionary<string, Vpc> vpcs;
    private readonly Dictionary<string, RouteTable> effectiveTable = new(StringComparer.Ordinal);

    public RulesModel(NetworkSnapshot snapshot)
    {
        vpcs = snapshot.Vpcs.ToDictionary(v => v.Id, StringComparer.Ordinal);
        Subnets = [.. snapshot.Subnets];
        foreach (var subnet in snapshot.Subnets)
        {
            effectiveTable[subnet.Id] =
                snapshot.RouteTables.SingleOrDefault(t => t.Associations.Any(a => a.SubnetId == subnet.Id))
                ?? snapshot.RouteTables.Single(t => t.VpcId == subnet.VpcId && t.Associations.Any(a => a.IsMain));
        }
    }

    private List<Subnet> Subnets { get; }

    public static IEnumerable<Route> ExposingRoutes(RouteTable table) =>
        table.Routes.Where(r => r.Destination.Kind == DestinationKind.Ipv6Cidr && r.Target.Id.StartsWith("igw-", StringComparison.Ordinal) && !r.IsBlackhole);

    public List<Subnet> ServedBy(RouteTable table) =>
        [.. Subnets.Where(s => effectiveTable[s.Id].Id == table.Id).OrderBy(s => s.Id, StringComparer.Ordinal)];

    public bool IsExempt(RouteTable table) => IsExempt(table.Tags) || IsExempt(vpcs[table.VpcId].Tags);

    public Privacy PrivacyOf(Subnet subnet)
    {
        var table = effectiveTable[subnet.Id];
        if (IsExempt(subnet.Tags) || IsExempt(table))
        {
            return Privacy.Exempt;
        }

        if (Has(subnet, "Tier", "public") || Has(subnet, "kubernetes.io/role/elb", "1") || Has(subnet, "aws-cdk:subnet-type", "Public"))
        {
            return Privacy.Public;
        }

        if (Has(subnet, "Tier", "private") || Has(subnet, "kubernetes.io/role/internal-elb", "1")
            || Has(subnet, "aws-cdk:subnet-type", "Private") || Has(subnet, "aws-cdk:subnet-type", "Isolated"))
        {
            return Privacy.Private;
        }

        var words = (subnet.Tags["Name"] ?? "").ToUpperInvariant().Split('-', ' ', '_', '.', '/');
        var (saysPrivate, saysPublic) = (words.Contains("PRIVATE"), words.Contains("PUBLIC"));
        if (saysPrivate != saysPublic)
        {
            return saysPrivate ? Privacy.Private : Privacy.Public;
        }

        if (subnet.Ipv4Cidr is not null)
        {
            var ipv4Default = table.Routes.FirstOrDefault(r => r.Destination.Kind == DestinationKind.Ipv4Cidr && r.Destination.Value == "0.0.0.0/0");
            var egressAvoidsIgw = ipv4Default is null || !ipv4Default.Target.Id.StartsWith("igw-", StringComparison.Ordinal);
            return egressAvoidsIgw && !subnet.MapPublicIpOnLaunch ? Privacy.Private : Privacy.Public;
        }

        var nat64 = table.Routes.Any(r => r.Destination.Value == "64:ff9b::/96" && r.Target.Id.StartsWith("nat-", StringComparison.Ordinal));
        return nat64 ? Privacy.Private : Privacy.Public;
    }

    /// <returns>The name of the <see cref="TableDecision"/> type the rules call for, or null for none.</returns>
    public string? ExpectedDecision(RouteTable table)
    {
        if (!ExposingRoutes(table).Any())
        {
            return null;
        }

        var served = ServedBy(table);
        if (served.Any(s => s.HasIpv6 && PrivacyOf(s) == Privacy.Private))
        {
            return served.All(s => PrivacyOf(s) == Privacy.Private) ? nameof(ReplaceRoutes) : nameof(NeedsDedicatedRouteTable);
        }

        return served.Count > 0 && served.All(s => PrivacyOf(s) == Privacy.Exempt) ? nameof(LeftExempt) : null;
    }

    private static bool IsExempt(Tags tags) => string.Equals(tags["remediator:exempt"], "true", StringComparison.OrdinalIgnoreCase);

    private static bool Has(Subnet subnet, string key, string value) =>
        string.Equals(subnet.Tags[key], value, StringComparison.OrdinalIgnoreCase);
}
