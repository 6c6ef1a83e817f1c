using Remediator.Cli.Tests.Doubles;

namespace Remediator.Cli.Tests.Invoking;

/// <summary>Bad input to <c>invoke</c>: one line naming the file or the option, exit code 1, nothing read or written.</summary>
public sealed class BadInvocationTests
{
    [Fact]
    public async Task A_missing_event_file_is_one_line_naming_it()
    {
        var run = await Cli.RunAsync("invoke", "events/no-such-event.json", "--world", Samples.World);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: events/no-such-event.json: no such event file.", run.OneErrorLine());
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task A_malformed_event_is_one_line_naming_the_field()
    {
        var file = Samples.Event("malformed-create-route-without-route-table-id.json");

        var run = await Cli.RunAsync("invoke", file, "--world", Samples.World);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {file}: Event field 'detail.requestParameters.routeTableId' is missing or empty.", run.OneErrorLine());
    }

    [Fact]
    public async Task A_folder_passed_as_the_event_is_one_line_that_names_an_event_file_in_it()
    {
        var events = Path.GetDirectoryName(Samples.Event("create-route-ipv6-default-to-igw.json"))!;

        var run = await Cli.RunAsync("invoke", events, "--world", Samples.World);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"error: {events}: is a folder, not an event file; pass one event file, e.g. {Path.Combine(events, "associate-route-table-with-subnet.json")}.",
            run.OneErrorLine());
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task An_event_of_an_unknown_region_is_refused_offline_too_naming_the_region_and_the_file()
    {
        using var temp = new TempFolder();
        var file = temp.New("mars.json");
        File.WriteAllText(file, File.ReadAllText(Samples.Event("create-route-ipv6-default-to-igw.json")).Replace("eu-west-1", "eu-mars-1", StringComparison.Ordinal));

        var run = await Cli.RunAsync("invoke", file, "--world", Samples.World);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: Unknown AWS region 'eu-mars-1' (the region of the event {file}); regions look like eu-west-1 or us-east-1.", run.OneErrorLine());
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("--apply", "--apply on a world needs --out DIR, a new folder for the resulting world.")]
    [InlineData("--notify", "--notify publishes to SNS, which an offline run (--world) never does; drop one of them.")]
    [InlineData("--region", "--profile and --region are for live runs; a run on a world (--world) is offline.")]
    [InlineData("--out", "--out is only for --apply on a world (--world).")]
    public async Task Options_that_do_not_fit_an_offline_run_are_refused_before_anything_is_read(string option, string expected)
    {
        string[] value = option is "--region" ? ["eu-west-1"] : option is "--out" ? ["/tmp/never-written"] : [];

        var run = await Cli.RunAsync(["invoke", Samples.Event("create-route-ipv6-default-to-igw.json"), "--world", Samples.World, option, .. value]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: " + expected, run.OneErrorLine());
        Assert.False(Directory.Exists("/tmp/never-written"));
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        var run = await Cli.RunAsync("invoke", Samples.Event("create-route-ipv6-default-to-igw.json"), "--wrold", Samples.World);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--wrold", run.Error, StringComparison.Ordinal);
    }
}
