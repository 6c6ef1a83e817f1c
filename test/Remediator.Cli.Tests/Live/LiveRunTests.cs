using System.Text.Json.Nodes;
using Remediator.Cli.Tests.Doubles;
using Remediator.StandIns.Doubles;
using Remediator.StandIns.Worlds;

namespace Remediator.Cli.Tests.Live;

/// <summary>Live runs through the real AWSSDK.EC2 client against the EC2 stand-in: read-only unless told otherwise.</summary>
public sealed class LiveRunTests
{
    [Fact]
    public async Task A_live_scan_reads_the_region_with_Describe_calls_only_and_reports_the_exposure()
    {
        var network = new TestNetwork();
        network.Table([], [], main: true);
        var leaky = network.LeakyTable(network.PrivateSubnet());
        await using var account = await LiveAccount.StartAsync(network.Snapshot());

        var run = await Cli.RunAsync(account.Environment, "scan", "--json");

        Assert.Equal(2, run.ExitCode);
        var exposure = Assert.Single(JsonNode.Parse(run.Out)!["exposures"]!.AsArray())!;
        Assert.Equal(leaky.Id, (string?)exposure["routeTableId"]);
        Assert.Equal("eu-west-1", (string?)exposure["region"]);
        Assert.All(account.StandIn.Calls.All, call => Assert.StartsWith("Describe", call.Action, StringComparison.Ordinal));
        Assert.All(account.StandIn.Calls.All, call => Assert.Equal("eu-west-1", call.SigningRegion));
        Assert.Equal(network.Snapshot(), account.StandIn.World.Snapshot());
    }

    [Fact]
    public async Task A_live_invoke_without_apply_plans_and_changes_nothing()
    {
        var network = new TestNetwork();
        var leaky = network.LeakyTable(network.PrivateSubnet());
        await using var account = await LiveAccount.StartAsync(network.Snapshot());
        using var temp = new TempFolder();

        var run = await Cli.RunAsync(account.Environment, "invoke", await EventFor(temp, leaky.Id));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("(live, read-only)", run.Out, StringComparison.Ordinal);
        Assert.Contains($"Subject: Remediator: IPv6 exposure detected in {leaky.Id}", run.Out, StringComparison.Ordinal);
        Assert.Contains("--- SNS message (not sent: --notify --topic-arn ARN publishes it) ---", run.Out, StringComparison.Ordinal);
        Assert.Equal(0, account.MutatingCalls);
        Assert.Equal(network.Snapshot(), account.StandIn.World.Snapshot());
    }

    [Fact]
    public async Task A_live_invoke_with_apply_replaces_the_route_through_EC2()
    {
        var network = new TestNetwork();
        var leaky = network.LeakyTable(network.PrivateSubnet());
        var gateway = network.AttachedEgressGateway();
        await using var account = await LiveAccount.StartAsync(network.Snapshot());
        using var temp = new TempFolder();

        var run = await Cli.RunAsync(account.Environment, "invoke", await EventFor(temp, leaky.Id), "--apply");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, account.StandIn.Calls.Count("ReplaceRoute"));
        var route = account.StandIn.World.Snapshot().RouteTables.Single(t => t.Id == leaky.Id).Routes.Single(r => r.Destination.Value == "::/0");
        Assert.Equal(gateway.Id, route.Target.Id);
    }

    [Fact]
    public async Task An_unknown_region_is_one_line_naming_the_option()
    {
        var run = await Cli.RunAsync(new FakeEnvironment(Keys()), "scan", "--region", "eu-wst-1");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: Unknown AWS region 'eu-wst-1' (--region); regions look like eu-west-1 or us-east-1.", run.OneErrorLine());
    }

    [Fact]
    public async Task A_profile_that_does_not_exist_is_one_line_naming_the_setting()
    {
        using var temp = new TempFolder();
        var credentialsFile = temp.New("credentials");
        File.WriteAllText(credentialsFile, "");
        var environment = new FakeEnvironment(new Dictionary<string, string>
        {
            ["AWS_PROFILE"] = "remediator-tests-no-such-profile",
            ["AWS_SHARED_CREDENTIALS_FILE"] = credentialsFile,
        });

        var run = await Cli.RunAsync(environment, "scan", "--region", "eu-west-1");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(
            "error: AWS profile 'remediator-tests-no-such-profile' (AWS_PROFILE) is not in ~/.aws/config or ~/.aws/credentials",
            run.OneErrorLine(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_live_run_without_any_region_says_where_to_set_one()
    {
        var run = await Cli.RunAsync(new FakeEnvironment(Keys()), "scan");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: No AWS region: pass --region, set AWS_REGION", run.OneErrorLine(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Keys() => new()
    {
        ["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE",
        ["AWS_SECRET_ACCESS_KEY"] = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    };

    /// <summary>The sample CreateRoute event, pointed at a table of the test's world, in a file of its own.</summary>
    internal static async Task<string> EventFor(TempFolder temp, string routeTableId)
    {
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Samples.Event("create-route-ipv6-default-to-igw.json")))!;
        json["detail"]!["requestParameters"]!["routeTableId"] = routeTableId;
        var path = temp.New("create-route.json");
        await File.WriteAllTextAsync(path, json.ToJsonString());
        return path;
    }
}
