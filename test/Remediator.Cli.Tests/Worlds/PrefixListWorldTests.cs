using System.Text.Json.Nodes;
using Remediator.Cli.Hosting;
using Remediator.Cli.Tests.Doubles;
using Remediator.Cli.Worlds;
using Remediator.Network;
using Remediator.StandIns.Worlds;

namespace Remediator.Cli.Tests.Worlds;

/// <summary>
/// A world whose tables route a managed prefix list to an internet gateway holds the lists as
/// <c>aws ec2 describe-managed-prefix-lists</c> and <c>get-managed-prefix-list-entries</c> print them.
/// </summary>
public sealed class PrefixListWorldTests
{
    private static readonly ManagedPrefixList Partners =
        new("pl-0e1f2a3b4c5d6e7f8", "partner-networks", "111122223333", IsIpv6: true, ["2001:db8:aa00::/40", "2001:db8:bb00::/40"]);

    [Fact]
    public void The_lists_and_their_entries_are_read_into_the_routes_that_name_them()
    {
        using var temp = new TempFolder();
        var (folder, tableId) = WorldRoutingPartners(temp.Path);

        var world = WorldFolder.Read(folder);

        var route = world.RouteTables.Single(t => t.Id == tableId).Routes.Single(r => r.Destination.Kind == DestinationKind.PrefixList);
        Assert.Equal(Partners, route.Destination.PrefixList);
        Assert.True(route.IsIpv6ToInternetGateway);
    }

    [Fact]
    public void A_world_that_routes_a_list_to_an_internet_gateway_without_its_files_names_each_missing_file_and_its_command()
    {
        using var temp = new TempFolder();
        var (folder, _) = WorldRoutingPartners(temp.Path);
        File.Delete(Path.Combine(folder, "describe-managed-prefix-lists.json"));
        File.Delete(Path.Combine(folder, $"get-managed-prefix-list-entries.{Partners.Id}.json"));

        var error = Assert.Throws<BadInputException>(() => WorldFolder.Read(folder));

        Assert.Contains(
            $"routes prefix lists to an internet gateway ({Partners.Id}), but holds no describe-managed-prefix-lists.json or get-managed-prefix-list-entries.{Partners.Id}.json",
            error.Message,
            StringComparison.Ordinal);
        Assert.Contains($"`aws ec2 get-managed-prefix-list-entries --prefix-list-id {Partners.Id} --output json > get-managed-prefix-list-entries.{Partners.Id}.json`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_points_the_list_s_route_at_the_EIGW_and_carries_the_list_files_over()
    {
        using var temp = new TempFolder();
        var (folder, tableId) = WorldRoutingPartners(temp.New("before"));
        var after = temp.New("after");

        var run = await Cli.RunAsync("invoke", Samples.Event("scheduled-sweep.json"), "--world", folder, "--apply", "--out", after);

        Assert.Equal(0, run.ExitCode);
        var tables = JsonNode.Parse(File.ReadAllText(Path.Combine(after, "describe-route-tables.json")))!["RouteTables"]!.AsArray();
        var route = tables.Single(t => (string?)t!["RouteTableId"] == tableId)!["Routes"]!.AsArray()
            .Single(r => (string?)r!["DestinationPrefixListId"] == Partners.Id)!.AsObject();
        Assert.StartsWith("eigw-", (string?)route["EgressOnlyInternetGatewayId"], StringComparison.Ordinal);
        Assert.False(route.ContainsKey("GatewayId"));
        foreach (var file in new[] { "describe-managed-prefix-lists.json", $"get-managed-prefix-list-entries.{Partners.Id}.json" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(folder, file)), File.ReadAllText(Path.Combine(after, file)));
        }
    }

    /// <summary>A private subnet whose table routes the partners' IPv6 list to the IGW, with the list's two files.</summary>
    private static (string Folder, string TableId) WorldRoutingPartners(string folder)
    {
        var network = new TestNetwork();
        network.Table([], [], main: true);
        var table = network.Table(
            [Some.Ipv4DefaultTo(Some.Id("nat")), new Route(RouteDestination.Of(Partners), new RouteTarget(network.InternetGatewayId))],
            [network.PrivateSubnet()]);
        AwsCliWorld.Write(folder, network.Snapshot());
        File.WriteAllText(
            Path.Combine(folder, "describe-managed-prefix-lists.json"),
            $$"""
            {"PrefixLists": [{"PrefixListId": "{{Partners.Id}}", "AddressFamily": "IPv6", "State": "create-complete",
              "PrefixListArn": "arn:aws:ec2:eu-west-1:111122223333:prefix-list/{{Partners.Id}}", "PrefixListName": "partner-networks",
              "MaxEntries": 10, "Version": 2, "Tags": [], "OwnerId": "111122223333"}]}
            """);
        File.WriteAllText(
            Path.Combine(folder, $"get-managed-prefix-list-entries.{Partners.Id}.json"),
            """{"Entries": [{"Cidr": "2001:db8:aa00::/40", "Description": "partner a"}, {"Cidr": "2001:db8:bb00::/40"}]}""");
        return (folder, table.Id);
    }
}
