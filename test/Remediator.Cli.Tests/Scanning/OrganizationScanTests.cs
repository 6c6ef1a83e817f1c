using System.Text.Json.Nodes;
using Remediator.Cli.Tests.Doubles;
using Remediator.Cli.Tests.Live;
using Remediator.Network;
using Remediator.StandIns.Worlds;

namespace Remediator.Cli.Tests.Scanning;

/// <summary>
/// <c>scan --role-name</c> across the accounts of an organization, through the real STS and EC2 clients against the
/// stand-ins: each account read with the credentials its role's AssumeRole issued, read-only.
/// </summary>
public sealed class OrganizationScanTests
{
    private const string Payments = "444455556666";
    private const string Analytics = "777788889999";

    [Fact]
    public async Task Two_member_accounts_are_scanned_and_each_exposure_is_reported_under_its_account()
    {
        await using var organization = await LiveOrganization.StartAsync();
        var (payments, paymentsTable) = Leaky();
        var (analytics, analyticsTable) = Leaky();
        organization.AddMember(Payments, payments.Snapshot());
        organization.AddMember(Analytics, analytics.Snapshot());

        var run = await organization.ScanAsync("--accounts", $"{Payments},{Analytics}", "--json");

        Assert.Equal(2, run.ExitCode);
        var report = JsonNode.Parse(run.Out)!;
        Assert.Equal(
            [(Payments, paymentsTable.Id), (Analytics, analyticsTable.Id)],
            report["exposures"]!.AsArray().Select(e => ((string?)e!["account"], (string?)e["routeTableId"])));
        Assert.Equal(
            [(Payments, payments.Vpc.Id), (Analytics, analytics.Vpc.Id)],
            report["findings"]!.AsArray().Select(f => ((string?)f!["account"], (string?)f["vpcId"])).Distinct());
        Assert.Empty(report["failures"]!.AsArray());
        Assert.Equal([LiveOrganization.RoleArn(Payments), LiveOrganization.RoleArn(Analytics)], organization.Sts.Calls.All.Select(c => c.RoleArn).Order());
        Assert.All(organization.Ec2.Calls.All, call => Assert.StartsWith("Describe", call.Action, StringComparison.Ordinal));
        Assert.All(organization.Ec2.Calls.All, call => Assert.Equal(200, call.Status));
    }

    [Fact]
    public async Task The_table_heads_every_VPC_with_its_account_and_region_and_names_the_accounts_regions_and_role_scanned()
    {
        await using var organization = await LiveOrganization.StartAsync();
        var (payments, paymentsTable) = Leaky();
        var (analytics, _) = Compliant();
        organization.AddMember(Payments, payments.Snapshot());
        organization.AddMember(Analytics, analytics.Snapshot());

        var run = await organization.ScanAsync("--accounts", Payments, "--accounts", Analytics, "--region", "eu-west-1", "--region", "us-east-1");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(
            "Scanned 2 accounts × 2 regions (eu-west-1, us-east-1) through role RemediatorMember with access keys in the environment (live, read-only): 12 subnets.\n",
            run.Out,
            StringComparison.Ordinal);
        Assert.Contains($"VPC {payments.Vpc.Id} in us-east-1 of account {Payments}\n", run.Out, StringComparison.Ordinal);
        Assert.Contains($"VPC {analytics.Vpc.Id} in eu-west-1 of account {Analytics}\n", run.Out, StringComparison.Ordinal);
        Assert.Contains($"  {Payments} eu-west-1 {paymentsTable.Id} ::/0 → {payments.InternetGatewayId}: Remediator replaces it", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not scan", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_whose_role_is_refused_is_reported_as_not_scanned_naming_the_role_and_the_other_account_is_still_scanned()
    {
        await using var organization = await LiveOrganization.StartAsync();
        var (analytics, _) = Compliant();
        organization.AddMember(Analytics, analytics.Snapshot());

        var run = await organization.ScanAsync("--accounts", $"{Payments},{Analytics}", "--json");

        Assert.Equal(3, run.ExitCode);
        var report = JsonNode.Parse(run.Out)!;
        var failure = Assert.Single(report["failures"]!.AsArray())!;
        Assert.Equal(Payments, (string?)failure["account"]);
        Assert.Null(failure["region"]);
        var reason = (string?)failure["reason"];
        Assert.StartsWith($"sts:AssumeRole on {LiveOrganization.RoleArn(Payments)} failed with AccessDenied: ", reason, StringComparison.Ordinal);
        Assert.EndsWith($"names the caller (access keys in the environment).", reason, StringComparison.Ordinal);
        Assert.All(report["findings"]!.AsArray(), f => Assert.Equal(Analytics, (string?)f!["account"]));
        Assert.Equal(3, report["findings"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_table_lists_the_account_that_could_not_be_scanned_and_says_the_others_hold_no_exposure()
    {
        await using var organization = await LiveOrganization.StartAsync();
        organization.AddMember(Analytics, Compliant().Network.Snapshot());

        var run = await organization.ScanAsync("--accounts", $"{Payments},{Analytics}");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("No exposure in the accounts and regions scanned; those below could not be scanned.\n\nCould not scan:\n", run.Out, StringComparison.Ordinal);
        Assert.Matches($@"│ {Payments} +│ every region +│ sts:AssumeRole on {LiveOrganization.RoleArn(Payments)} failed with AccessDenied", run.Out);
    }

    [Fact]
    public async Task An_exposure_in_one_account_wins_over_another_account_not_scanned_and_exits_2()
    {
        await using var organization = await LiveOrganization.StartAsync();
        organization.AddMember(Analytics, Leaky().Network.Snapshot());

        var run = await organization.ScanAsync("--accounts", $"{Payments},{Analytics}", "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(JsonNode.Parse(run.Out)!["failures"]!.AsArray());
    }

    [Fact]
    public async Task Regions_of_an_account_that_cannot_be_read_are_reported_each_with_its_region_after_one_AssumeRole_per_account()
    {
        await using var organization = await LiveOrganization.StartAsync();
        organization.AddMemberEc2Refuses(Payments);
        organization.AddMember(Analytics, Compliant().Network.Snapshot());

        var run = await organization.ScanAsync("--accounts", $"{Payments},{Analytics}", "--region", "eu-west-1", "--region", "us-east-1", "--json");

        Assert.Equal(3, run.ExitCode);
        var failures = JsonNode.Parse(run.Out)!["failures"]!.AsArray();
        Assert.Equal(
            [(Payments, "eu-west-1"), (Payments, "us-east-1")],
            failures.Select(f => ((string?)f!["account"], (string?)f["region"])));
        Assert.All(failures, f => Assert.Contains("failed with AuthFailure", (string?)f!["reason"], StringComparison.Ordinal));
        Assert.Equal(2, organization.Sts.Calls.Count("AssumeRole"));
    }

    [Fact]
    public async Task The_external_id_the_roles_trust_asks_for_is_sent()
    {
        await using var organization = await LiveOrganization.StartAsync();
        organization.AddMember(Payments, Leaky().Network.Snapshot(), externalId: "org-7f3a");

        var run = await organization.ScanAsync("--accounts", Payments, "--external-id", "org-7f3a", "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(JsonNode.Parse(run.Out)!["failures"]!.AsArray());
    }

    [Fact]
    public async Task The_accounts_of_an_accounts_file_with_comments_and_blank_lines_are_scanned_each_once()
    {
        await using var organization = await LiveOrganization.StartAsync();
        organization.AddMember(Payments, Compliant().Network.Snapshot());
        organization.AddMember(Analytics, Compliant().Network.Snapshot());
        using var temp = new TempFolder();
        var file = temp.New("accounts.txt");
        await File.WriteAllTextAsync(file, $"# Production\n{Payments}   # payments\n\n  {Analytics}\n{Payments}\n");

        var run = await organization.ScanAsync("--accounts-file", file, "--accounts", Analytics, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([LiveOrganization.RoleArn(Payments), LiveOrganization.RoleArn(Analytics)], organization.Sts.Calls.All.Select(c => c.RoleArn).Order());
        Assert.StartsWith("2 accounts × 1 region", (string?)JsonNode.Parse(run.Out)!["source"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_more_account_and_region_pairs_are_read_at_once_than_the_concurrency_allows()
    {
        await using var organization = await LiveOrganization.StartAsync();
        string[] accounts = ["444455556666", "444455556667", "444455556668", "444455556669"];
        foreach (var account in accounts)
        {
            organization.AddMember(account, Compliant().Network.Snapshot());
        }

        var gate = organization.Ec2.Gate;
        gate.Hold("DescribeVpcs");

        // Each pair's DescribeVpcs waits at the gate until released, so the pairs of one round are all being read at once.
        var scan = organization.ScanAsync("--accounts", string.Join(',', accounts), "--concurrency", "2", "--json");
        for (var round = 1; round <= 2; round++)
        {
            await Task.WhenAny(scan, gate.WaitForHeldAsync(2));
            gate.Release();
        }

        gate.Open();
        var run = await scan;

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([(1, 2), (2, 2)], organization.Ec2.Calls.Of("DescribeVpcs").CountBy(c => c.Round).OrderBy(r => r.Key).Select(r => (r.Key, r.Value)));
    }

    [Fact]
    public async Task Regions_of_different_partitions_are_refused_before_any_call()
    {
        await using var organization = await LiveOrganization.StartAsync();

        var run = await organization.ScanAsync("--accounts", Payments, "--region", "eu-west-1", "--region", "cn-north-1");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "error: --region eu-west-1, cn-north-1 are in the partitions aws and aws-cn; a role and its credentials belong to one: scan each partition on its own.",
            run.OneErrorLine());
        Assert.Equal(0, organization.Sts.Calls.Total);
    }

    [Fact]
    public async Task A_scan_of_ones_own_account_writes_no_account_and_no_failures_as_before()
    {
        var (network, _) = Leaky();
        await using var account = await LiveAccount.StartAsync(network.Snapshot());

        var run = await Cli.RunAsync(account.Environment, "scan", "--json");

        Assert.Equal(2, run.ExitCode);
        var report = JsonNode.Parse(run.Out)!.AsObject();
        Assert.False(report.ContainsKey("failures"));
        Assert.All(report["findings"]!.AsArray().Concat(report["exposures"]!.AsArray()), item => Assert.False(item!.AsObject().ContainsKey("account")));
    }

    /// <summary>A private subnet and a public one, on a leaky table and a table of their own: three subnets, one exposure.</summary>
    private static (TestNetwork Network, RouteTable Table) Leaky()
    {
        var network = new TestNetwork();
        network.Table([], [], main: true);
        var table = network.LeakyTable(network.PrivateSubnet(), network.PrivateSubnet());
        network.Table([Some.Ipv6DefaultTo(network.InternetGatewayId)], [network.PublicSubnet()]);
        return (network, table);
    }

    private static (TestNetwork Network, RouteTable Table) Compliant()
    {
        var network = new TestNetwork();
        var gateway = network.AttachedEgressGateway();
        network.Table([], [], main: true);
        var table = network.Table([Some.Ipv6DefaultTo(gateway.Id)], [network.PrivateSubnet(), network.PrivateSubnet()]);
        network.Table([Some.Ipv6DefaultTo(network.InternetGatewayId)], [network.PublicSubnet()]);
        return (network, table);
    }
}
