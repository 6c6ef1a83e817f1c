using Remediator.Ec2.Shapes;

namespace Remediator.Cli.Worlds;

// A page of each describe-* output a world holds: EC2's own resource shapes under the list's name. NextToken and
// the fields a shape does not declare (OwnerId, PropagatingVgws, Origin…) are skipped when read and kept when a
// world is written back.

internal sealed record RouteTablesPage(IReadOnlyList<RouteTableShape?>? RouteTables);

internal sealed record SubnetsPage(IReadOnlyList<SubnetShape?>? Subnets);

internal sealed record VpcsPage(IReadOnlyList<VpcShape?>? Vpcs);

internal sealed record EgressOnlyInternetGatewaysPage(IReadOnlyList<EgressOnlyInternetGatewayShape?>? EgressOnlyInternetGateways);

/// <summary>describe-vpc-block-public-access-options prints one object, not a list.</summary>
internal sealed record BlockPublicAccessOptionsPage(VpcBlockPublicAccessOptionsShape? VpcBlockPublicAccessOptions);

internal sealed record BlockPublicAccessExclusionsPage(IReadOnlyList<VpcBlockPublicAccessExclusionShape?>? VpcBlockPublicAccessExclusions);

internal sealed record PrefixListsPage(IReadOnlyList<ManagedPrefixListShape?>? PrefixLists);

internal sealed record PrefixListEntriesPage(IReadOnlyList<PrefixListEntryShape?>? Entries);
