using System.Text.Json.Nodes;
using Remediator.Cli.Tests.Doubles;

namespace Remediator.Cli.Tests.Settings;

/// <summary>The CLI judges with a deployment's classification settings, given as flags or read from its samconfig.toml.</summary>
public sealed class DeploymentSettingsTests : IDisposable
{
    private const string TaggedPrivate = "subnet-0123456789abcdef0";
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_scan_with_another_exemption_tag_treats_the_subnets_carrying_it_as_exempt()
    {
        var run = await Cli.RunAsync("scan", "--world", Samples.World, "--json", "--exempt-tag", "Tier=private");

        var subnet = Finding(run, TaggedPrivate);
        Assert.Equal("exempt", (string?)subnet["classification"]);
        Assert.Equal("exemption-tag", (string?)subnet["rule"]);
    }

    [Fact]
    public async Task A_scan_reads_the_classification_parameters_of_a_samconfig_toml()
    {
        var samconfig = SamConfig("""parameter_overrides = "Mode=\"detect\" ExemptTag=\"Tier=private\" NameWords=off" """);

        var run = await Cli.RunAsync("scan", "--world", Samples.World, "--json", "--samconfig", samconfig);

        Assert.Equal("exempt", (string?)Finding(run, TaggedPrivate)["classification"]);
        Assert.NotEqual("name-word", (string?)Finding(run, "subnet-0123456789abcdef1")["rule"]);
    }

    [Fact]
    public async Task Parameter_overrides_written_as_an_array_are_read_too()
    {
        var samconfig = SamConfig("""parameter_overrides = ["ExemptTag=Tier=private"]""");

        var run = await Cli.RunAsync("scan", "--world", Samples.World, "--json", "--samconfig", samconfig);

        Assert.Equal("exempt", (string?)Finding(run, TaggedPrivate)["classification"]);
    }

    [Fact]
    public async Task A_flag_wins_over_the_samconfig()
    {
        var samconfig = SamConfig("""parameter_overrides = "ExemptTag=\"Tier=private\"" """);

        var run = await Cli.RunAsync("scan", "--world", Samples.World, "--json", "--samconfig", samconfig, "--exempt-tag", "remediator:exempt=true");

        Assert.Equal("private", (string?)Finding(run, TaggedPrivate)["classification"]);
    }

    [Fact]
    public async Task An_invoke_notification_names_the_deployments_exemption_tag()
    {
        var run = await Cli.RunAsync(
            "invoke", Samples.Event("create-route-ipv6-default-to-igw.json"), "--world", Samples.World, "--exempt-tag", "security/skip=yes");

        Assert.Contains("tag it security/skip=yes.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_flag_is_one_line_naming_the_flag_with_the_functions_own_check()
    {
        var run = await Cli.RunAsync("scan", "--world", Samples.World, "--exempt-tag", "skip");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: --exempt-tag must hold key=value tags, and 'skip' is not one.", run.OneErrorLine());
    }

    [Fact]
    public async Task A_bad_value_in_the_samconfig_is_one_line_naming_the_parameter_and_the_file()
    {
        var samconfig = SamConfig("""parameter_overrides = "Dns64Heuristic=maybe" """);

        var run = await Cli.RunAsync("scan", "--world", Samples.World, "--samconfig", samconfig);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: Dns64Heuristic in {samconfig} must be true or false, not 'maybe'.", run.OneErrorLine());
    }

    [Fact]
    public async Task A_samconfig_that_is_not_TOML_is_one_line_naming_the_file()
    {
        var samconfig = SamConfig("parameter_overrides = ");

        var run = await Cli.RunAsync("scan", "--world", Samples.World, "--samconfig", samconfig);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: {samconfig}: not valid TOML", run.OneErrorLine(), StringComparison.Ordinal);
    }

    private string SamConfig(string overrides)
    {
        var path = folder.New("samconfig.toml");
        File.WriteAllText(path, $"version = 0.1\n\n[default.deploy.parameters]\nstack_name = \"remediator\"\n{overrides}\n");
        return path;
    }

    private static JsonNode Finding(CliRun run, string subnetId) =>
        JsonNode.Parse(run.Out)!["findings"]!.AsArray().Single(f => (string?)f!["subnetId"] == subnetId)!;
}
