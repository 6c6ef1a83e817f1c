using Remediator.Cli.Rendering;
using Spectre.Console.Testing;

namespace Remediator.Cli.Tests.Rendering;

/// <summary>The progress of a live scan, drawn on Spectre's test console as on a terminal.</summary>
public sealed class ScanProgressTests
{
    [Fact]
    public async Task On_a_terminal_every_account_gets_a_bar_and_one_whose_role_was_refused_says_so()
    {
        var console = new TestConsole().Interactive();

        var result = await ScanProgress.RunAsync(console, show: true, [("Reading 444455556666", 2), ("Reading 222233334444", 2)], progress =>
        {
            progress.Step(0);
            progress.Step(0);
            progress.Stop(1, "the role could not be assumed");
            return Task.FromResult("scanned");
        });

        Assert.Equal("scanned", result);
        Assert.Contains("Reading 444455556666", console.Output, StringComparison.Ordinal);
        Assert.Contains("Reading 222233334444: the role could not be assumed", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Off_a_terminal_nothing_is_drawn()
    {
        var console = new TestConsole();

        await ScanProgress.RunAsync(console, show: false, [("Reading 444455556666", 1)], progress =>
        {
            progress.Step(0);
            progress.Stop(0, "stopped");
            return Task.FromResult(0);
        });

        Assert.Empty(console.Output);
    }
}
