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

    /// <summary>How the user makes this file, for error messages.</summary>
    public string Export => $"aws ec2 {Command} --output json > {Name}";
}
