namespace Remediator.Cli.Scanning;

/// <summary>
/// At most <paramref name="count"/> pieces of work at once (<c>--concurrency</c>); the others wait for a turn. A
/// piece starts at once, on the caller's thread, when a turn is free, so what runs is known as soon as it is asked for.
/// </summary>
internal sealed class ConcurrencyLimit(int count) : IDisposable
{
    private readonly SemaphoreSlim turns = new(count, count);

    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await turns.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await work().ConfigureAwait(false);
        }
        finally
        {
            turns.Release();
        }
    }

    public void Dispose() => turns.Dispose();
}
