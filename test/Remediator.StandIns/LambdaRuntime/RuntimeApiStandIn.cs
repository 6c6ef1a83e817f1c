using System.Text;
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
    private readonly TimeProvider clock;
    private int sequence;

    private RuntimeApiStandIn(RuntimeApiRoutes routes, LoopbackServer server, TimeProvider clock)
    {
        this.routes = routes;
        this.server = server;
        this.clock = clock;
    }

    /// <summary>host:port, the value of AWS_LAMBDA_RUNTIME_API.</summary>
    public string Address => server.Url.Authority;

    public IReadOnlyList<RuntimeReport> Reports => routes.Reports;

    /// <summary>The <c>Lambda-Runtime-Invoked-Function-Arn</c> of every invocation.</summary>
    public string InvokedFunctionArn
    {
        get => routes.InvokedFunctionArn;
        set => routes.InvokedFunctionArn = value;
    }

    /// <param name="clock">The clock deadlines are set by (<c>Lambda-Runtime-Deadline-Ms</c>); by default the system's.</param>
    public static async Task<RuntimeApiStandIn> StartAsync(TimeProvider? clock = null)
    {
        var routes = new RuntimeApiRoutes();
        return new RuntimeApiStandIn(routes, await LoopbackServer.StartAsync(routes.HandleAsync).ConfigureAwait(false), clock ?? TimeProvider.System);
    }

    /// <summary>Queues an event, due <paramref name="timeLeft"/> (by default a minute) after now on the stand-in's clock; returns its request id.</summary>
    public string Enqueue(string eventJson, TimeSpan? timeLeft = null, string? traceId = null) =>
        Enqueue(Encoding.UTF8.GetBytes(eventJson), timeLeft, traceId);

    /// <summary>Queues an event body as it is, byte for byte (it need not be JSON, nor UTF-8); returns its request id.</summary>
    public string Enqueue(ReadOnlyMemory<byte> body, TimeSpan? timeLeft = null, string? traceId = null)
    {
        var requestId = $"request-{Interlocked.Increment(ref sequence)}";
        routes.Enqueue(new QueuedEvent(requestId, body, clock.GetUtcNow() + (timeLeft ?? TimeSpan.FromSeconds(60)), traceId));
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
