using System.Text.Json.Nodes;
using Remediator.Cli.Tests.Doubles;
using Remediator.Cli.Tests.Worlds;
using Remediator.Cli.Worlds;
using Remediator.Network;
using Remediator.Planning;
using Remediator.StandIns.Worlds;

namespace Remediator.Cli.Tests.Invoking;

/// <summary><c>invoke --apply</c> on a world: the plan is carried out on a copy, written to a new folder in the same format.</summary>
public sealed class InvokeApplyTests
{
    [Fact]
    public async Task Apply_on_the_sample_world_replaces_the_route_in_the_written_world_and_keeps_every_other_field()
    {
        using var temp = new TempFolder();
        var target = temp.New("after");

        var run = await Cli.RunAsync(
            "invoke", Samples.Event("create-route-ipv6-default-to-igw.json"), "--world", Samples.World, "--apply", "--out", target);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Subject: Remediator: IPv6 exposure remediated in {Samples.PrivateTable}", run.Out, StringComparison.Ordinal);
        Assert.Contains($"after:  {Samples.EgressGateway}   (replaced at 2025-03-14T09:27:01Z)", run.Out, StringComparison.Ordinal);
        Assert.Contains($"The resulting world is in {target}.", run.Out, StringComparison.Ordinal);
        var tables = JsonNode.Parse(File.ReadAllText(Path.Combine(target, "describe-route-tables.json")))!["RouteTables"]!.AsArray();
        var route = tables.Single(t => (string?)t!["RouteTableId"] == Samples.PrivateTable)!["Routes"]!.AsArray()
            .Single(r => (string?)r!["DestinationIpv6CidrBlock"] == "::/0")!.AsObject();
        Assert.Equal(Samples.EgressGateway, (string?)route["EgressOnlyInternetGatewayId"]);
        Assert.False(route.ContainsKey("GatewayId"));
        Assert.Equal("CreateRoute", (string?)route["Origin"]);
        Assert.Equal("111122223333", (string?)tables[0]!["OwnerId"]);
        Assert.Equal(
            File.ReadAllText(Path.Combine(Samples.World, "describe-subnets.json")),
            File.ReadAllText(Path.Combine(target, "describe-subnets.json")));

        // Remediation leaves VPC Block Public Access as it was: the resulting world has the same.
        Assert.Equal(WorldFolder.Read(Samples.World).BlockPublicAccess, WorldFolder.Read(target).BlockPublicAccess);
    }

    [Fact]
    public async Task Apply_writes_a_world_that_a_new_scan_finds_compliant()
    {
        using var temp = new TempFolder();
        var network = new TestNetwork();
        network.Table([], [], main: true);
        network.LeakyTable(network.PrivateSubnet(), network.PrivateSubnet());
        network.Table([Some.Ipv4DefaultTo(network.InternetGatewayId), Some.Ipv6DefaultTo(network.InternetGatewayId)], [network.PublicSubnet()]);
        var world = AwsCliWorld.Write(temp.New("before"), network.Snapshot());
        var after = temp.New("after");

        var before = await Cli.RunAsync("scan", "--world", world);
        var apply = await Cli.RunAsync("invoke", Samples.Event("scheduled-sweep.json"), "--world", world, "--apply", "--out", after);
        var rescan = await Cli.RunAsync("scan", "--world", after);

        Assert.Equal(2, before.ExitCode);
        Assert.Equal(0, apply.ExitCode);
        Assert.Equal(0, rescan.ExitCode);
        Assert.Contains("No exposure", rescan.Out, StringComparison.Ordinal);
        var created = Assert.Single(WorldFolder.Read(after).EgressOnlyInternetGateways);
        Assert.True(created.IsAttachedTo(network.Vpc.Id));
        Assert.Equal(NewEgressGateway.CreatedByTagValue, created.Tags[NewEgressGateway.CreatedByTagKey]);
    }

    [Fact]
    public async Task Without_apply_the_world_is_not_written_and_the_sample_world_is_untouched()
    {
        var before = WorldFolder.Read(Samples.World);

        var run = await Cli.RunAsync("invoke", Samples.Event("create-route-ipv6-default-to-igw.json"), "--world", Samples.World);

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("resulting world", run.Out, StringComparison.Ordinal);
        Assert.Equal(before, WorldFolder.Read(Samples.World));
    }

    [Fact]
    public async Task Apply_refuses_an_output_folder_that_holds_files_already()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.New("keep.txt"), "mine");

        var run = await Cli.RunAsync(
            "invoke", Samples.Event("create-route-ipv6-default-to-igw.json"), "--world", Samples.World, "--apply", "--out", temp.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {temp.Path}: already exists and is not empty (--out); name a new folder for the resulting world.", run.OneErrorLine());
        Assert.Equal(["keep.txt"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }
}
