using System.Text.RegularExpressions;
using Remediator.Cli.Rendering;
using Remediator.Cli.Scanning;
using Remediator.Cli.Worlds;
using Remediator.Judgement;
using Remediator.StandIns.Worlds;
using Spectre.Console.Testing;

namespace Remediator.Cli.Tests.Rendering;

/// <summary>The scan's table as a person reads it, drawn on Spectre's test console at the width of a pipe and of 80- and 120-column terminals.</summary>
public sealed class ScanTableTests
{
    private const string Payments = "444455556666";
    private const string Analytics = "777788889999";
    private readonly Scanner scanner = new(ClassificationRules.Default);

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void The_sample_world_reads_in_a_terminal_of_this_width_with_no_id_route_or_decision_cut(int width)
    {
        var report = ScanReport.Of("world events/sample-world (offline)", [scanner.Scan(null, null, WorldFolder.Read(Samples.World))], organization: false);

        var output = Draw(report, width);

        var lines = output.Split('\n');
        Assert.All(lines, line => Assert.True(line.Length <= width, $"{line.Length} columns: {line}"));
        Assert.All(lines, line => Assert.Equal(line.TrimEnd(), line));
        Assert.DoesNotContain("…", output, StringComparison.Ordinal);
        var words = Regex.Replace(output, @"\s+", " ");
        foreach (var finding in report.Findings)
        {
            Assert.Contains(lines, line => line.StartsWith($"    {finding.SubnetId}  ", StringComparison.Ordinal));
            Assert.Contains(lines, line => line == $"  Route table {finding.RouteTableId}{(finding.MainRouteTable ? " (main)" : "")}");
            Assert.All(finding.Routes, route => Assert.Contains(lines, line => line.Contains($" {route.Destination} → {route.Target}", StringComparison.Ordinal)));
            Assert.Contains($"{finding.SubnetId} {finding.Classification}: {finding.Reason} ", words, StringComparison.Ordinal);
        }

        Assert.Contains("EXPOSED; remediate: ::/0 → eigw-0d4e5f60718293a4b; inbound IPv6 reachable (--json says why)", words, StringComparison.Ordinal);
        Assert.Contains("EXPOSED; report: needs a dedicated route table; inbound IPv6 reachable", words, StringComparison.Ordinal);
        Assert.Contains(
            $"{Samples.MainTable} ::/0 → {Samples.InternetGateway}: Remediator only reports it: give the private subnets a route table of their own", words, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organization_scan_heads_each_VPC_with_its_region_and_account_and_prefixes_each_exposure_with_both()
    {
        var (network, table) = Leaky();

        var output = Draw(ScanReport.Of("an organization", [scanner.Scan(Payments, "eu-west-1", network.Snapshot())], organization: true));

        Assert.Contains($"\nVPC {network.Vpc.Id} in eu-west-1 of account {Payments}\n", output, StringComparison.Ordinal);
        Assert.Contains($"\n  {Payments} eu-west-1 {table.Id} ::/0 → {network.InternetGatewayId}: Remediator replaces it", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not scan", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Accounts_and_regions_that_could_not_be_scanned_are_listed_after_the_exposures_with_their_reasons()
    {
        var (network, _) = Leaky();
        ScanPart[] parts =
        [
            scanner.Scan(Payments, "eu-west-1", network.Snapshot()),
            ScanPart.Failed(new ScanFailure(Analytics, null, "sts:AssumeRole on arn:aws:iam::777788889999:role/RemediatorMember failed with AccessDenied: no")),
            ScanPart.Failed(new ScanFailure(Payments, "us-east-1", "ec2:DescribeVpcs failed with UnauthorizedOperation: no")),
        ];

        var output = Draw(ScanReport.Of("an organization", parts, organization: true));

        var failures = output[output.IndexOf("\nCould not scan:\n", StringComparison.Ordinal)..];
        Assert.True(output.IndexOf("route exposes", StringComparison.Ordinal) < output.IndexOf("Could not scan", StringComparison.Ordinal));
        Assert.Matches(@"│ Account +│ Region +│ Reason +│", failures);
        Assert.Matches($@"│ {Analytics} +│ every region +│ sts:AssumeRole on arn:aws:iam::777788889999:role/RemediatorMember failed with AccessDenied: no +│", failures);
        Assert.Matches($@"│ {Payments} +│ us-east-1 +│ ec2:DescribeVpcs failed with UnauthorizedOperation: no +│", failures);
    }

    [Fact]
    public void Without_an_exposure_in_what_was_scanned_the_table_does_not_claim_there_is_none_anywhere()
    {
        ScanPart[] parts = [ScanPart.Failed(new ScanFailure(Analytics, null, "refused"))];

        var output = Draw(ScanReport.Of("an organization", parts, organization: true));

        Assert.Contains("No exposure in the accounts and regions scanned; those below could not be scanned.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("no private subnet can be reached", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scan_of_ones_own_account_names_no_account()
    {
        var (network, table) = Leaky();

        var output = Draw(ScanReport.Of("eu-west-1", [scanner.Scan(null, "eu-west-1", network.Snapshot())], organization: false));

        Assert.Contains($"\nVPC {network.Vpc.Id} in eu-west-1\n", output, StringComparison.Ordinal);
        Assert.Contains($"\n  eu-west-1 {table.Id} ::/0 → ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("account", output, StringComparison.Ordinal);
    }

    private static string Draw(ScanReport report, int width = ConsoleFactory.RedirectedWidth)
    {
        var console = new TestConsole().Width(width);
        new ScanTable(console).Write(report);
        return console.Output.ReplaceLineEndings("\n");
    }

    private static (TestNetwork Network, Remediator.Network.RouteTable Table) Leaky()
    {
        var network = new TestNetwork();
        network.Table([], [], main: true);
        return (network, network.LeakyTable(network.PrivateSubnet()));
    }
}
