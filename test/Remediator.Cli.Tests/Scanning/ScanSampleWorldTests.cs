using System.Text.Json.Nodes;
using Remediator.Cli.Tests.Doubles;
using Remediator.Cli.Tests.Worlds;
using Remediator.StandIns.Worlds;

namespace Remediator.Cli.Tests.Scanning;

public sealed class ScanSampleWorldTests
{
    [Fact]
    public async Task A_scan_of_the_sample_world_finds_exactly_its_two_exposures_and_exits_2()
    {
        var run = await Cli.RunAsync("scan", "--world", Samples.World, "--json");

        Assert.Equal(2, run.ExitCode);
        var report = JsonNode.Parse(run.Out)!;
        var exposures = report["exposures"]!.AsArray()
            .Select(e => $"{e!["routeTableId"]} {e["destination"]} {e["target"]} {e["decision"]}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                $"{Samples.MainTable} ::/0 {Samples.InternetGateway} needs-dedicated-route-table",
                $"{Samples.PrivateTable} ::/0 {Samples.InternetGateway} replace-routes",
            ],
            exposures);
        var exposedSubnets = report["findings"]!.AsArray().Where(f => (bool)f!["exposed"]!).Select(f => (string?)f!["subnetId"]).Order();
        Assert.Equal(["subnet-0123456789abcdef0", "subnet-0123456789abcdef1", "subnet-0fedcba9876543210"], exposedSubnets);
    }

    [Fact]
    public async Task Scan_json_states_its_schema_version_and_gives_routes_as_fields_and_actions_by_their_wire_names()
    {
        var run = await Cli.RunAsync("scan", "--world", Samples.World, "--json");

        var report = JsonNode.Parse(run.Out)!;
        Assert.Equal("2", (string?)report["schemaVersion"]);
        var findings = report["findings"]!.AsArray();
        Assert.Equal(
            ["compliant", "left-exempt", "needs-dedicated-route-table", "replace-routes"],
            findings.Select(f => (string?)f!["action"]).Distinct().Order(StringComparer.Ordinal));
        var remediated = findings.First(f => (string?)f!["routeTableId"] == Samples.PrivateTable)!;
        var route = Assert.Single(remediated["routes"]!.AsArray())!;
        Assert.Equal(
            """{"destination":"::/0","target":"igw-0c3d4e5f60718293a","after":"eigw-0d4e5f60718293a4b","blackhole":false}""",
            route.ToJsonString());
        var shared = findings.First(f => (string?)f!["routeTableId"] == Samples.MainTable)!["routes"]![0]!;
        Assert.Equal(Samples.InternetGateway, (string?)shared["after"]);
        Assert.Equal(
            ["region", "vpcId", "routeTableId", "destination", "target", "decision"],
            report["exposures"]![0]!.AsObject().Select(field => field.Key));
    }

    [Fact]
    public async Task One_scan_of_the_sample_world_shows_every_outcome_with_its_reason()
    {
        var run = await Cli.RunAsync("scan", "--world", Samples.World);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Scanned world", run.Out, StringComparison.Ordinal);
        Assert.Contains("EXPOSED; remediate: ::/0 →", run.Out, StringComparison.Ordinal);
        Assert.Contains("EXPOSED; report: needs a dedicated", run.Out, StringComparison.Ordinal);
        Assert.Contains("none: compliant", run.Out, StringComparison.Ordinal);
        Assert.Contains("none: exempt", run.Out, StringComparison.Ordinal);
        Assert.Contains("exempt: tag remediator:exempt=true", run.Out, StringComparison.Ordinal);
        Assert.Contains("private: IPv6-only and 64:ff9b::/96 goes to", run.Out, StringComparison.Ordinal);
        Assert.Contains($"{Samples.PrivateTable} ::/0 → {Samples.InternetGateway}: Remediator replaces it", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_compliant_world_exits_0()
    {
        using var temp = new TempFolder();
        var network = new TestNetwork();
        var gateway = network.AttachedEgressGateway();
        network.Table([], [], main: true);
        network.Table([Some.Ipv6DefaultTo(gateway.Id)], [network.PrivateSubnet()]);
        network.Table([Some.Ipv6DefaultTo(network.InternetGatewayId)], [network.PublicSubnet()]);

        var run = await Cli.RunAsync("scan", "--world", AwsCliWorld.Write(temp.Path, network.Snapshot()));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("none: compliant", run.Out, StringComparison.Ordinal);
        Assert.Contains("none: public subnet", run.Out, StringComparison.Ordinal);
        Assert.Contains("No exposure", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scan")]
    [InlineData("invoke")]
    public async Task Help_documents_the_exit_codes(string command)
    {
        var run = await Cli.RunAsync(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Exit codes: 0 = no exposure (or every one remediated), 2 = exposures found and still open, 1 = error.", run.Out, StringComparison.Ordinal);
    }
}
