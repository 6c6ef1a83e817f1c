namespace Remediator.Cli.Worlds;

/// <summary>One of the files of a world: the output of one <c>aws ec2 describe-*</c> command.</summary>
/// <param name="ListName">The top-level field holding the resources, e.g. <c>RouteTables</c>.</param>
internal sealed record WorldFile(string Name, string Command, string ListName)
{
    public static readonly WorldFile RouteTables = new("describe-route-tables.json", "describe-route-tables", "RouteTables");
    public static readonly WorldFile Subnets = new("describe-subnets.json", "describe-subnets", "Subnets");
    public static readonly WorldFile Vpcs = new("describe-vpcs.json", "describe-vpcs", "Vpcs");

    public static readonly WorldFile EgressOnlyInternetGateways =
        new("describe-egress-only-internet-gateways.json", "describe-egress-only-internet-gateways", "EgressOnlyInternetGateways");

    public static IReadOnlyList<WorldFile> All { get; } = [RouteTables, Subnets, Vpcs, EgressOnlyInternetGateways];

    /// <summary>Optional: without it the world's VPC Block Public Access is unknown, and findings say so.</summary>
    public static readonly WorldFile BlockPublicAccessOptions = new(
        "describe-vpc-block-public-access-options.json", "describe-vpc-block-public-access-options", "VpcBlockPublicAccessOptions");

    /// <summary>Optional beside the options: without it the world has no exclusions.</summary>
    public static readonly WorldFile BlockPublicAccessExclusions = new(
        "describe-vpc-block-public-access-exclusions.json", "describe-vpc-block-public-access-exclusions", "VpcBlockPublicAccessExclusions");

    /// <summary>Needed once a table routes a prefix list to an internet gateway: whether the list is IPv6 decides.</summary>
    public static readonly WorldFile PrefixLists = new("describe-managed-prefix-lists.json", "describe-managed-prefix-lists", "PrefixLists");

    /// <summary>One per prefix list routed to an internet gateway.</summary>
    public static WorldFile PrefixListEntries(string prefixListId) => new(
        $"get-managed-prefix-list-entries.{prefixListId}.json", $"get-managed-prefix-list-entries --prefix-list-id {prefixListId}", "Entries");

    /// <summary>How the user makes this file, for error messages.</summary>
    public string Export => $"aws ec2 {Command} --output json > {Name}";

    /// <summary>"holds no a.json or b.json; make them with `…` and `…`": every missing file at once, each with its command.</summary>
    public static string Missing(IReadOnlyList<WorldFile> files) =>
        $"holds no {Enumerate(files.Select(f => f.Name), "or")}; make {(files.Count == 1 ? "it" : "them")} with {Enumerate(files.Select(f => $"`{f.Export}`"), "and")}.";

    private static string Enumerate(IEnumerable<string> items, string conjunction) =>
        items.ToList() is var list && list.Count == 1 ? list[0] : $"{string.Join(", ", list[..^1])} {conjunction} {list[^1]}";
}
