using Amazon.EC2;
using Remediator.Ec2.Calls;
using Remediator.Network;
using Sdk = Amazon.EC2.Model;

namespace Remediator.Ec2.Reading;

/// <summary>
/// The four Describe calls Remediator makes, each reading every page at the largest page size EC2 allows.
/// Resources are selected with filters rather than ids: a filter on an id that no longer exists returns
/// nothing, where the id parameter would fail the whole call with NotFound.
/// </summary>
internal sealed class Ec2Describe(IAmazonEC2 ec2, CancellationToken cancellationToken)
{
    private const int RouteTablePage = 100;
    private const int SubnetPage = 1000;
    private const int VpcPage = 1000;
    private const int GatewayPage = 255;

    public Task<List<RouteTable>> RouteTablesAsync(string? filter = null, IEnumerable<string>? values = null) =>
        Ec2Call.RunAsync("ec2:DescribeRouteTables", Describe(values), () => Pages.ReadAllAsync(async token =>
        {
            var page = await ec2.DescribeRouteTablesAsync(
                new Sdk.DescribeRouteTablesRequest { Filters = Filters(filter, values), MaxResults = RouteTablePage, NextToken = token },
                cancellationToken).ConfigureAwait(false);
            return (page.RouteTables?.Select(Ec2Records.RouteTable), page.NextToken);
        }), cancellationToken);

    public Task<List<Subnet>> SubnetsAsync(string? filter = null, IEnumerable<string>? values = null) =>
        Ec2Call.RunAsync("ec2:DescribeSubnets", Describe(values), () => Pages.ReadAllAsync(async token =>
        {
            var page = await ec2.DescribeSubnetsAsync(
                new Sdk.DescribeSubnetsRequest { Filters = Filters(filter, values), MaxResults = SubnetPage, NextToken = token },
                cancellationToken).ConfigureAwait(false);
            return (page.Subnets?.Select(Ec2Records.Subnet), page.NextToken);
        }), cancellationToken);

    public Task<List<Vpc>> VpcsAsync(IEnumerable<string>? ids = null) =>
        Ec2Call.RunAsync("ec2:DescribeVpcs", Describe(ids), () => Pages.ReadAllAsync(async token =>
        {
            var page = await ec2.DescribeVpcsAsync(
                new Sdk.DescribeVpcsRequest { Filters = Filters("vpc-id", ids), MaxResults = VpcPage, NextToken = token },
                cancellationToken).ConfigureAwait(false);
            return (page.Vpcs?.Select(Ec2Records.Vpc), page.NextToken);
        }), cancellationToken);

    /// <summary>All of the region's: EC2 offers no filter by VPC, and attachments are checked by the core anyway.</summary>
    public Task<List<EgressOnlyInternetGateway>> EgressOnlyInternetGatewaysAsync() =>
        Ec2Call.RunAsync("ec2:DescribeEgressOnlyInternetGateways", null, () => Pages.ReadAllAsync(async token =>
        {
            var page = await ec2.DescribeEgressOnlyInternetGatewaysAsync(
                new Sdk.DescribeEgressOnlyInternetGatewaysRequest { MaxResults = GatewayPage, NextToken = token },
                cancellationToken).ConfigureAwait(false);
            return (page.EgressOnlyInternetGateways?.Select(Ec2Records.EgressOnlyInternetGateway), page.NextToken);
        }), cancellationToken);

    private static List<Sdk.Filter>? Filters(string? name, IEnumerable<string>? values) =>
        name is null || values is null ? null : [new Sdk.Filter { Name = name, Values = [.. values] }];

    private static string? Describe(IEnumerable<string>? ids) => ids is null ? null : string.Join(", ", ids);
}
