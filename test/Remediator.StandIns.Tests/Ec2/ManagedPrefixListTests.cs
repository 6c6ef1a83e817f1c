using Amazon.EC2;
using Amazon.EC2.Model;
using Remediator.Network;
using ManagedPrefixList = Remediator.Network.ManagedPrefixList;
using RouteTable = Remediator.Network.RouteTable;
using Route = Remediator.Network.Route;

namespace Remediator.StandIns.Tests.Ec2;

public sealed class ManagedPrefixListTests
{
    private static readonly ManagedPrefixList Partners =
        new("pl-0e1f2a3b4c5d6e7f8", "partner-networks", "111122223333", IsIpv6: true, ["2001:db8:aa00::/40", "2001:db8:bb00::/40", "2001:db8:cc00::/40"]);

    [Fact]
    public async Task A_list_a_route_carries_is_held_by_the_world_and_the_route_is_described_by_the_list_s_id()
    {
        await using var ec2 = await StartAsync();

        var lists = await ec2.Client.DescribeManagedPrefixListsAsync(new DescribeManagedPrefixListsRequest
        {
            Filters = [new Filter { Name = "prefix-list-id", Values = [Partners.Id] }],
        });
        var routes = (await ec2.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest())).RouteTables.Single().Routes;

        var list = Assert.Single(lists.PrefixLists);
        Assert.Equal(("IPv6", "partner-networks", "111122223333"), (list.AddressFamily, list.PrefixListName, list.OwnerId));
        Assert.Contains(routes, r => r.DestinationPrefixListId == Partners.Id);
    }

    [Fact]
    public async Task Entries_are_read_page_by_page_in_CIDR_order()
    {
        await using var ec2 = await StartAsync();

        var first = await ec2.Client.GetManagedPrefixListEntriesAsync(new GetManagedPrefixListEntriesRequest { PrefixListId = Partners.Id, MaxResults = 2 });
        var rest = await ec2.Client.GetManagedPrefixListEntriesAsync(new GetManagedPrefixListEntriesRequest
        {
            PrefixListId = Partners.Id,
            MaxResults = 2,
            NextToken = first.NextToken,
        });

        Assert.Equal(Partners.Cidrs, first.Entries.Concat(rest.Entries).Select(e => e.Cidr));
        Assert.Null(rest.NextToken);
    }

    [Fact]
    public async Task The_entries_of_an_unknown_list_are_InvalidPrefixListId_NotFound()
    {
        await using var ec2 = await StartAsync();

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.Client.GetManagedPrefixListEntriesAsync(new GetManagedPrefixListEntriesRequest { PrefixListId = "pl-0000000000000dead" }));

        Assert.Equal("InvalidPrefixListId.NotFound", error.ErrorCode);
    }

    [Fact]
    public async Task Modifying_entries_makes_a_new_version_with_them()
    {
        await using var ec2 = await StartAsync();

        var modified = await ec2.Client.ModifyManagedPrefixListAsync(new ModifyManagedPrefixListRequest
        {
            PrefixListId = Partners.Id,
            CurrentVersion = 1,
            AddEntries = [new AddPrefixListEntry { Cidr = "2001:db8:dd00::/40" }],
            RemoveEntries = [new RemovePrefixListEntry { Cidr = "2001:db8:aa00::/40" }],
        });

        Assert.Equal(2, modified.PrefixList.Version);
        Assert.Equal(
            ["2001:db8:bb00::/40", "2001:db8:cc00::/40", "2001:db8:dd00::/40"],
            ec2.StandIn.World.PrefixList(Partners.Id)!.Cidrs.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("198.51.100.0/24", 1)]
    [InlineData("2001:db8:dd00::/40", 7)]
    public async Task An_entry_of_the_other_family_or_a_stale_version_is_refused_and_changes_nothing(string cidr, long version)
    {
        await using var ec2 = await StartAsync();

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.Client.ModifyManagedPrefixListAsync(new ModifyManagedPrefixListRequest
        {
            PrefixListId = Partners.Id,
            CurrentVersion = version,
            AddEntries = [new AddPrefixListEntry { Cidr = cidr }],
        }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.Equal(Partners, ec2.StandIn.World.PrefixList(Partners.Id));
    }

    private static Task<Ec2Session> StartAsync()
    {
        var vpc = new TestVpc();
        var snapshot = vpc.Snapshot();
        var table = new RouteTable(
            "rtb-0b2c3d4e5f6071829", snapshot.Vpcs[0].Id, [new Route(RouteDestination.Of(Partners), new RouteTarget("tgw-0e5f60718293a4b5c"))], [], Tags.None);
        return Ec2Session.StartAsync(snapshot with { RouteTables = [table] });
    }
}
