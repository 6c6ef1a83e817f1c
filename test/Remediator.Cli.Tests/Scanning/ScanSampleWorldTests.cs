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
