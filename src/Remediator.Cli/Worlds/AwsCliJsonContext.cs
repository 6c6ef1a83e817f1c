using System.Text.Json.Serialization;

namespace Remediator.Cli.Worlds;

/// <summary>
/// Source-generated reading of the AWS CLI's JSON into EC2's resource shapes. Property names are the C# names
/// unchanged, which are exactly the CLI's PascalCase names, matched case-sensitively as the CLI prints them;
/// unknown fields are skipped, so newer CLI versions that add fields still read.
/// </summary>
[JsonSourceGenerationOptions(UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(RouteTablesPage))]
[JsonSerializable(typeof(SubnetsPage))]
[JsonSerializable(typeof(VpcsPage))]
[JsonSerializable(typeof(EgressOnlyInternetGatewaysPage))]
[JsonSerializable(typeof(BlockPublicAccessOptionsPage))]
[JsonSerializable(typeof(BlockPublicAccessExclusionsPage))]
[JsonSerializable(typeof(PrefixListsPage))]
[JsonSerializable(typeof(PrefixListEntriesPage))]
internal sealed partial class AwsCliJsonContext : JsonSerializerContext;
