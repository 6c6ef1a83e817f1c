using Remediator.Cli.Scanning;

namespace Remediator.Cli.Tests.Scanning;

/// <summary>The bound of --concurrency, observed through pieces of work that end only when the test lets them.</summary>
public sealed class ConcurrencyLimitTests
{
    [Fact]
    public async Task No_more_pieces_run_at_once_than_the_limit_and_a_waiting_one_starts_when_one_ends()
    {
        using var limit = new ConcurrencyLimit(2);
        var ends = Enumerable.Range(0, 4).Select(_ => new TaskCompletionSource<int>()).ToList();
        var starts = Enumerable.Range(0, 4).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();

        var runs = Enumerable.Range(0, 4).Select(i => limit.RunAsync(() =>
        {
            starts[i].SetResult();
            return ends[i].Task;
        }, CancellationToken.None)).ToList();
        var startedAtFirst = starts.Count(s => s.Task.IsCompleted);
        ends[0].SetResult(0);
        await starts[2].Task;
        var startedAfterOneEnded = starts.Count(s => s.Task.IsCompleted);
        for (var i = 1; i < ends.Count; i++)
        {
            ends[i].SetResult(i);
        }

        var results = await Task.WhenAll(runs);

        Assert.Equal(2, startedAtFirst);
        Assert.Equal(3, startedAfterOneEnded);
        Assert.Equal([0, 1, 2, 3], results);
    }
}
