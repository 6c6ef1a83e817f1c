using Amazon.EC2;
using Remediator.Ec2.Calls;
using Remediator.Failures;
using Remediator.Network;
using Sdk = Amazon.EC2.Model;

namespace Remediator.Ec2.Reading;

/// <summary>
/// The Describe calls Remediator makes, each reading every page at the largest page size EC2 allows.
/// Resources are selected with filters rather than ids: a filter on an id that no longer exists returns
/// nothing, where the id parameter would fail the whole call with NotFound.
/// </summary>
internal sealed class Ec2Describe(IAmazonEC2 ec2, CancellationToken cancellationToken)
{
    private const int RouteTablePage = 100;
    private const int SubnetPage = 1000;
    private const int VpcPage = 1000;
    private const int GatewayPage = 255;
    private const int ExclusionPage = 1000;
    private const int PrefixListPage = 100;
    private const int PrefixListEntryPage = 100;

    public Task<List<RouteTable>> RouteTablesAsync(string? filter = null, IEnumerable<string>? values = null) =>
        RouteTablesAsync(Filters(filter, values), Describe(values));

    /// <summary>
    /// The region's main tables with a route to an internet gateway: the filters apply to any of a table's routes,
    /// so the core still checks which route is IPv6, but a region of many VPCs whose main tables route nowhere
    /// public is not paged through.
    /// </summary>
    public Task<List<RouteTable>> MainRouteTablesToInternetGatewaysAsync() =>
        RouteTablesAsync(
            [new Sdk.Filter { Name = "association.main", Values = ["true"] }, new Sdk.Filter { Name = "route.gateway-id", Values = ["igw-*"] }],
            "main tables");

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

    /// <summary>
    /// The region's VPC Block Public Access, or why it is unknown: an API that is denied, missing (an emulator,
    /// a partition without it) or failing changes no decision but the severity, so it never fails the read.
    /// </summary>
    public async Task<BlockPublicAccess> BlockPublicAccessAsync()
    {
        var optionsRead = Ec2Call.RunAsync(
            "ec2:DescribeVpcBlockPublicAccessOptions",
            null,
            () => ec2.DescribeVpcBlockPublicAccessOptionsAsync(new Sdk.DescribeVpcBlockPublicAccessOptionsRequest(), cancellationToken),
            cancellationToken);
        var exclusionsRead = Ec2Call.RunAsync("ec2:DescribeVpcBlockPublicAccessExclusions", null, () => Pages.ReadAllAsync(async token =>
        {
            var page = await ec2.DescribeVpcBlockPublicAccessExclusionsAsync(
                new Sdk.DescribeVpcBlockPublicAccessExclusionsRequest { MaxResults = ExclusionPage, NextToken = token },
                cancellationToken).ConfigureAwait(false);
            return (page.VpcBlockPublicAccessExclusions?.AsEnumerable(), page.NextToken);
        }), cancellationToken);
        try
        {
            await Task.WhenAll(optionsRead, exclusionsRead).ConfigureAwait(false);
            var options = await optionsRead.ConfigureAwait(false);
            return Ec2Records.BlockPublicAccess(options.VpcBlockPublicAccessOptions, await exclusionsRead.ConfigureAwait(false));
        }
        catch (OperationFailedException e) when (!cancellationToken.IsCancellationRequested)
        {
            return new UnknownBlockPublicAccess(e.Failure.Description);
        }
        catch (InvalidDataException e)
        {
            return new UnknownBlockPublicAccess(e.Message);
        }
    }

    /// <summary>
    /// The prefix lists with their entries, all read side by side, by id. A list EC2 does not describe (no longer
    /// shared with the account, say) is left out, and the routes to it stay of no known family.
    /// </summary>
    public async Task<Dictionary<string, ManagedPrefixList>> PrefixListsAsync(IReadOnlyCollection<string> ids)
    {
        var listsRead = Ec2Call.RunAsync("ec2:DescribeManagedPrefixLists", Describe(ids), () => Pages.ReadAllAsync(async token =>
        {
            var page = await ec2.DescribeManagedPrefixListsAsync(
                new Sdk.DescribeManagedPrefixListsRequest { Filters = Filters("prefix-list-id", ids), MaxResults = PrefixListPage, NextToken = token },
                cancellationToken).ConfigureAwait(false);
            return (page.PrefixLists?.AsEnumerable(), page.NextToken);
        }), cancellationToken);
        var entriesRead = ids.ToDictionary(id => id, EntriesAsync, StringComparer.Ordinal);
        await Task.WhenAll([listsRead, .. entriesRead.Values]).ConfigureAwait(false);

        var lists = new Dictionary<string, ManagedPrefixList>(StringComparer.Ordinal);
        foreach (var list in await listsRead.ConfigureAwait(false))
        {
            if (list.PrefixListId is { } id && entriesRead.TryGetValue(id, out var read) && await read.ConfigureAwait(false) is { } entries)
            {
                lists[id] = Ec2Records.ManagedPrefixList(list, entries);
            }
        }

        return lists;
    }

    /// <summary>The list's current entries; null when the list is gone (its id then fails with NotFound, where a filter cannot be used).</summary>
    private async Task<List<Sdk.PrefixListEntry>?> EntriesAsync(string id)
    {
        try
        {
            return await Ec2Call.RunAsync("ec2:GetManagedPrefixListEntries", id, () => Pages.ReadAllAsync(async token =>
            {
                var page = await ec2.GetManagedPrefixListEntriesAsync(
                    new Sdk.GetManagedPrefixListEntriesRequest { PrefixListId = id, MaxResults = PrefixListEntryPage, NextToken = token },
                    cancellationToken).ConfigureAwait(false);
                return (page.Entries?.AsEnumerable(), page.NextToken);
            }), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationFailedException e) when (e.Failure.Kind == FailureKind.NotFound)
        {
            return null;
        }
    }

    private Task<List<RouteTable>> RouteTablesAsync(List<Sdk.Filter>? filters, string? resource) =>
        Ec2Call.RunAsync("ec2:DescribeRouteTables", resource, () => Pages.ReadAllAsync(async token =>
        {
            var page = await ec2.DescribeRouteTablesAsync(
                new Sdk.DescribeRouteTablesRequest { Filters = filters, MaxResults = RouteTablePage, NextToken = token },
                cancellationToken).ConfigureAwait(false);
            return (page.RouteTables?.Select(Ec2Records.RouteTable), page.NextToken);
        }), cancellationToken);

    private static List<Sdk.Filter>? Filters(string? name, IEnumerable<string>? values) =>
        name is null || values is null ? null : [new Sdk.Filter { Name = name, Values = [.. values] }];

    private static string? Describe(IEnumerable<string>? ids) => ids is null ? null : string.Join(", ", ids);
}
