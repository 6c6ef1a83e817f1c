using System.Collections.Immutable;

namespace Remediator.Judgement;

/// <summary>
/// The settings behind <see cref="SubnetClassifier"/>; every tag and word is configurable.
/// </summary>
/// <param name="NameWords">Absent to ignore subnet names.</param>
/// <param name="Ipv4EgressHeuristic">Treat a dual-stack subnet whose IPv4 egress avoids the IGW as private.</param>
/// <param name="Dns64Heuristic">Treat an IPv6-only subnet with a NAT64 route as private.</param>
public sealed record ClassificationRules(
    TagMatch Exemption,
    ValueList<TagMatch> PublicTags,
    ValueList<TagMatch> PrivateTags,
    NameWords? NameWords,
    bool Ipv4EgressHeuristic,
    bool Dns64Heuristic)
{
    public static readonly ClassificationRules Default = new(
        Exemption: new("remediator:exempt", "true"),
        PublicTags: [new("Tier", "public"), new("kubernetes.io/role/elb", "1"), new("aws-cdk:subnet-type", "Public")],
        PrivateTags:
        [
            new("Tier", "private"),
            new("kubernetes.io/role/internal-elb", "1"),
            new("aws-cdk:subnet-type", "Private"),
            new("aws-cdk:subnet-type", "Isolated"),
        ],
        NameWords: NameWords.Default,
        Ipv4EgressHeuristic: true,
        Dns64Heuristic: true);

    /// <summary>The tag keys whose change can change a classification; tags with other keys never can.</summary>
    public ImmutableHashSet<string> KeysThatMatter =>
        [Exemption.Key, .. PublicTags.Select(t => t.Key), .. PrivateTags.Select(t => t.Key), .. NameWords is null ? [] : new[] { NameWords.TagKey }];
}
