using Spectre.Console;

namespace Remediator.Cli.Rendering;

/// <summary>
/// The progress of a live scan: one bar per region of the caller's account, or per account of an organization,
/// one step per region read. Shown on a terminal only: pipes and <c>--json</c> stay clean, and then every step is a no-op.
/// </summary>
internal sealed class ScanProgress
{
    private readonly IReadOnlyList<ProgressTask> bars;

    private ScanProgress(IReadOnlyList<ProgressTask> bars) => this.bars = bars;

    /// <param name="show">Whether to draw anything at all.</param>
    /// <param name="bars">Each bar's label and how many steps it takes.</param>
    public static async Task<T> RunAsync<T>(
        IAnsiConsole console, bool show, IReadOnlyList<(string Label, int Steps)> bars, Func<ScanProgress, Task<T>> work)
    {
        if (!show)
        {
            return await work(new ScanProgress([])).ConfigureAwait(false);
        }

        return await console.Progress().StartAsync(async context =>
        {
            var tasks = bars.Select(b => context.AddTask(b.Label, maxValue: b.Steps)).ToList();
            return await work(new ScanProgress(tasks)).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    public void Step(int bar)
    {
        if (bar < bars.Count)
        {
            bars[bar].Increment(1);
        }
    }

    /// <summary>The bar's work ended early, e.g. the account's role could not be assumed: filled, with a note why.</summary>
    public void Stop(int bar, string note)
    {
        if (bar < bars.Count)
        {
            bars[bar].Description += $": {note}";
            bars[bar].Value = bars[bar].MaxValue;
        }
    }
}
