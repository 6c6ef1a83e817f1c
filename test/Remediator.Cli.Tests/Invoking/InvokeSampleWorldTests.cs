using System.Text.Json.Nodes;

namespace Remediator.Cli.Tests.Invoking;

/// <summary>The README's first command and its neighbours: the real handler on the sample events and the sample world.</summary>
public sealed class InvokeSampleWorldTests
{
    [Fact]
    public async Task The_sample_CreateRoute_on_the_sample_world_shows_the_remediation_the_route_before_and_after_and_the_SNS_message()
    {
        var run = await Cli.RunAsync("invoke", Samples.Event("create-route-ipv6-default-to-igw.json"), "--world", Samples.World);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains($"{Samples.PrivateTable} in vpc-0a1b2c3d4e5f60718: replace routes: every subnet it serves is private", run.Out, StringComparison.Ordinal);
        Assert.Contains("subnet-0123456789abcdef0  private: tag Tier=private", run.Out, StringComparison.Ordinal);
        Assert.Contains($"::/0             before: {Samples.InternetGateway}", run.Out, StringComparison.Ordinal);
        Assert.Contains($"after:  {Samples.EgressGateway}   (planned: detect mode changes nothing", run.Out, StringComparison.Ordinal);
        Assert.Contains(
            $"Subject: Remediator: IPv6 exposure detected in {Samples.PrivateTable}, account 111122223333\n", run.Out, StringComparison.Ordinal);
        var document = JsonNode.Parse(run.Between("--- default (JSON) ---", "--- end of message ---"))!;
        Assert.Equal("detected", (string?)document["outcome"]);
        Assert.Equal(Samples.EgressGateway, (string?)document["routeTables"]![0]!["routes"]![0]!["after"]);
        Assert.Contains("What happened", run.Between("--- email ---", "--- default (JSON) ---"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sample_CreateSubnet_lands_on_the_shared_main_table_and_is_reported_as_needing_a_dedicated_route_table()
    {
        var run = await Cli.RunAsync("invoke", Samples.Event("create-subnet-dual-stack.json"), "--world", Samples.World);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{Samples.MainTable} (main) in vpc-0a1b2c3d4e5f60718: needs a dedicated route table", run.Out, StringComparison.Ordinal);
        Assert.Contains("subnet-0456789abcdef0123  public: no evidence of privacy: it auto-assigns public IPv4 addresses", run.Out, StringComparison.Ordinal);
        Assert.Contains($"after:  {Samples.InternetGateway}   (unchanged", run.Out, StringComparison.Ordinal);
        Assert.Contains($"Subject: Remediator: IPv6 exposure on a shared route table in {Samples.MainTable}", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scheduled_sweep_on_the_sample_world_plans_every_table_and_leaves_the_exempt_one_alone()
    {
        var run = await Cli.RunAsync("invoke", Samples.Event("scheduled-sweep.json"), "--world", Samples.World);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Checks    every route table of eu-west-1", run.Out, StringComparison.Ordinal);
        Assert.Contains("rtb-0f2a3b4c5d6e7f809 in vpc-0a1b2c3d4e5f60718: left alone: every subnet it serves is exempt", run.Out, StringComparison.Ordinal);
        Assert.Contains("Subject: Remediator: IPv6 exposure on shared route tables in vpc-0a1b2c3d4e5f60718, account 111122223333\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_Remediator_ignores_reads_nothing_and_exits_0()
    {
        var run = await Cli.RunAsync("invoke", Samples.Event("ignore-create-route-ipv4-default-to-igw.json"), "--world", Samples.World);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Ignored   CreateRoute 0.0.0.0/0 in rtb-0a1b2c3d4e5f60718 to igw-0c3d4e5f60718293a: IPv4 egress through an internet gateway", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("SNS message", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verbose_adds_the_functions_JSON_log_lines_on_stderr()
    {
        var run = await Cli.RunAsync("invoke", Samples.Event("create-route-ipv6-default-to-igw.json"), "--world", Samples.World, "--verbose");

        Assert.Equal(2, run.ExitCode);
        var decision = run.Error.Split('\n').Select(line => line.Length > 0 ? JsonNode.Parse(line) : null)
            .Single(line => (string?)line?["routeTableId"] == Samples.PrivateTable && line?["decision"] is not null)!;
        Assert.Equal("replace-routes", (string?)decision["decision"]);
        Assert.Equal("detect", (string?)decision["mode"]);
    }
}
