using Remediator.StandIns.Hosting;

namespace Remediator.StandIns.LambdaRuntime;

/// <summary>
/// The Lambda Runtime API (2018-06-01) on 127.0.0.1: hands out queued events to GET …/invocation/next
/// and records every response and error the function posts.
/// </summary>
public sealed class RuntimeApiStandIn : IAsyncDisposable
{
    private readonly RuntimeApiRoutes routes;
    private readonly LoopbackServer server;
    private int sequence;

    private RuntimeApiStandIn(RuntimeApiRoutes routes, LoopbackServer server)
    {
        this.routes = routes;
        this.server = server;
    }

    /// <summary>host:port, the value of AWS_LAMBDA_RUNTIME_API.</summary>
    public string Address => server.Url.Authority;

    public IReadOnlyList<RuntimeReport> Reports => routes.Reports;

    public static async Task<RuntimeApiStandIn> StartAsync()
    {
        var routes = new RuntimeApiRoutes();
        return new RuntimeApiStandIn(routes, await LoopbackServer.StartAsync(routes.HandleAsync).ConfigureAwait(false));
    }

    /// <summary>Queues an event; returns its request id.</summary>
    public string Enqueue(string eventJson, TimeSpan? timeLeft = null, string? traceId = null)
    {
        var requestId = $"request-{Interlocked.Increment(ref sequence)}";
        routes.Enqueue(new QueuedEvent(requestId, eventJson, DateTimeOffset.UtcNow + (timeLeft ?? TimeSpan.FromSeconds(60)), traceId));
        return requestId;
    }

    /// <summary>Waits until the function has posted a report for that request (or, for null, its init error).</summary>
    public async Task<RuntimeReport> WaitForAsync(string? requestId, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            if (routes.Reports.FirstOrDefault(r => r.RequestId == requestId) is { } report)
            {
                return report;
            }

            await routes.Reported.ReadAsync(cancel.Token).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        routes.Close();
        await server.DisposeAsync().ConfigureAwait(false);
    }
}
