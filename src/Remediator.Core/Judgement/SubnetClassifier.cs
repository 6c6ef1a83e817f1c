using Remediator.Network;

namespace Remediator.Judgement;

/// <summary>
/// Decides whether a subnet is private, public or exempt. The first rule that applies wins, and its
/// evidence is kept as the reason. Without positive evidence of privacy a subnet is public: Remediator
/// never cuts inbound IPv6 from a subnet that may be meant to serve the internet.
/// </summary>
public sealed class SubnetClassifier(ClassificationRules rules)
{
    /// <param name="table">The route table that serves the subnet, explicitly or as the VPC's main table.</param>
    public SubnetClassification Classify(Subnet subnet, RouteTable table, Vpc vpc)
    {
        return Exemption(subnet, table, vpc)
            ?? DeclaredByTag(subnet)
            ?? DeclaredByName(subnet)
            ?? Ipv4Egress(subnet, table)
            ?? Dns64(subnet, table)
            ?? NoEvidence(subnet, table);
    }

    private SubnetClassification? Exemption(Subnet subnet, RouteTable table, Vpc vpc)
    {
        var holder = rules.Exemption.IsOn(subnet.Tags) ? subnet.Id
            : rules.Exemption.IsOn(table.Tags) ? $"its route table {table.Id}"
            : rules.Exemption.IsOn(vpc.Tags) ? $"its VPC {vpc.Id}"
            : null;
        return holder is null
            ? null
            : new(subnet, Privacy.Exempt, ClassificationRule.ExemptionTag, $"tag {rules.Exemption} on {holder}");
    }

    private SubnetClassification? DeclaredByTag(Subnet subnet)
    {
        if (rules.PublicTags.FirstOrDefault(t => t.IsOn(subnet.Tags)) is { } publicTag)
        {
            return new(subnet, Privacy.Public, ClassificationRule.PublicTag, $"tag {publicTag.Key}={subnet.Tags[publicTag.Key]}");
        }

        return rules.PrivateTags.FirstOrDefault(t => t.IsOn(subnet.Tags)) is { } privateTag
            ? new(subnet, Privacy.Private, ClassificationRule.PrivateTag, $"tag {privateTag.Key}={subnet.Tags[privateTag.Key]}")
            : null;
    }

    private SubnetClassification? DeclaredByName(Subnet subnet)
    {
        if (rules.NameWords is not { } words || subnet.Tags[words.TagKey] is not { } name)
        {
            return null;
        }

        var saysPrivate = NameContainsWord(name, words.PrivateWord);
        var saysPublic = NameContainsWord(name, words.PublicWord);
        if (saysPrivate == saysPublic)
        {
            // Neither word, or both ("public-to-private"): the name declares nothing.
            return null;
        }

        var (privacy, word) = saysPrivate ? (Privacy.Private, words.PrivateWord) : (Privacy.Public, words.PublicWord);
        return new(subnet, privacy, ClassificationRule.NameWord, $"{words.TagKey} '{name}' contains the word '{word}'");
    }

    private SubnetClassification? Ipv4Egress(Subnet subnet, RouteTable table)
    {
        if (!rules.Ipv4EgressHeuristic || subnet.IsIpv6Only || subnet.MapPublicIpOnLaunch)
        {
            return null;
        }

        var defaultRoute = table.Routes.FirstOrDefault(r => r.Destination.IsIpv4Default);
        if (defaultRoute?.Target.IsInternetGateway == true)
        {
            return null;
        }

        var egress = defaultRoute is null ? $"{table.Id} has no IPv4 default route" : $"IPv4 egress goes through {defaultRoute.Target}";
        return new(subnet, Privacy.Private, ClassificationRule.Ipv4Egress, $"{egress} and public IPv4 addresses are not auto-assigned");
    }

    private SubnetClassification? Dns64(Subnet subnet, RouteTable table)
    {
        if (!rules.Dns64Heuristic || !subnet.IsIpv6Only)
        {
            return null;
        }

        var nat64 = table.Routes.FirstOrDefault(r =>
            r.Destination.IsNat64 && r.Target.Kind == TargetKind.NatGateway);
        return nat64 is null
            ? null
            : new(subnet, Privacy.Private, ClassificationRule.Dns64, $"IPv6-only and {RouteDestination.Nat64Prefix} goes to {nat64.Target} (DNS64/NAT64)");
    }

    private SubnetClassification NoEvidence(Subnet subnet, RouteTable table)
    {
        var why = subnet.IsIpv6Only ? (rules.Dns64Heuristic ? "IPv6-only without a NAT64 route" : "IPv6-only, and the DNS64 heuristic is off")
            : subnet.MapPublicIpOnLaunch ? "it auto-assigns public IPv4 addresses"
            : !rules.Ipv4EgressHeuristic ? "no tag or name says so, and the IPv4 egress heuristic is off"
            : $"IPv4 egress goes to {table.Routes.First(r => r.Destination.IsIpv4Default).Target}";
        return new(subnet, Privacy.Public, ClassificationRule.NoEvidenceOfPrivacy, $"no evidence of privacy: {why}");
    }

    /// <summary>Whole-word match: "app-private-1a" contains "private", "privateer" does not.</summary>
    private static bool NameContainsWord(string name, string word)
    {
        for (var at = name.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = name.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            var startsWord = at == 0 || !char.IsLetterOrDigit(name[at - 1]);
            var endsWord = end == name.Length || !char.IsLetterOrDigit(name[end]);
            if (startsWord && endsWord)
            {
                return true;
            }
        }

        return false;
    }
}
