using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Remediator.StandIns.LambdaRuntime;

/// <summary>
/// The Lambda Runtime API (2018-06-01) on 127.0.0.1: hands out queued events to GET …/invocation/next
/// (holding the request open until one is queued, as Lambda does) and records every response and error.
/// </summary>
public sealed class RuntimeApiStandIn : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Channel<(string RequestId, string Body, DateTimeOffset Deadline, string? TraceId)> queue = Channel.CreateUnbounded<(string, string, DateTimeOffset, string?)>();
    private readonly ConcurrentQueue<RuntimeReport> reports = new();
    private readonly Channel<RuntimeReport> reported = Channel.CreateUnbounded<RuntimeReport>();
    private int sequence;

    private RuntimeApiStandIn(WebApplication app)
    {
        this.app = app;
        app.MapGet("/2018-06-01/runtime/invocation/next", NextAsync);
        app.MapPost("/2018-06-01/runtime/invocation/{requestId}/response", (string requestId, HttpContext http) => RecordAsync(http, requestId, "response"));
        app.MapPost("/2018-06-01/runtime/invocation/{requestId}/error", (string requestId, HttpContext http) => RecordAsync(http, requestId, "error"));
        app.MapPost("/2018-06-01/runtime/init/error", (HttpContext http) => RecordAsync(http, null, "init-error"));
    }

    /// <summary>host:port, the value of AWS_LAMBDA_RUNTIME_API.</summary>
    public string Address { get; private set; } = "";

    public IReadOnlyList<RuntimeReport> Reports => [.. reports];

    public static async Task<RuntimeApiStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var standIn = new RuntimeApiStandIn(builder.Build());
        await standIn.app.StartAsync().ConfigureAwait(false);
        standIn.Address = new Uri(standIn.app.Urls.First()).Authority;
        return standIn;
    }

    /// <summary>Queues an event; returns its request id.</summary>
    public string Enqueue(string eventJson, TimeSpan? timeLeft = null, string? traceId = null)
    {
        var requestId = $"request-{Interlocked.Increment(ref sequence)}";
        var deadline = DateTimeOffset.UtcNow + (timeLeft ?? TimeSpan.FromSeconds(60));
        queue.Writer.TryWrite((requestId, eventJson, deadline, traceId));
        return requestId;
    }

    /// <summary>Waits until the function has posted a report for that request (or its init error).</summary>
    public async Task<RuntimeReport> WaitForAsync(string? requestId, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            if (reports.FirstOrDefault(r => r.RequestId == requestId) is { } report)
            {
                return report;
            }

            await reported.Reader.ReadAsync(cancel.Token).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task NextAsync(HttpContext http)
    {
        var (requestId, body, deadline, traceId) = await queue.Reader.ReadAsync(http.RequestAborted).ConfigureAwait(false);
        http.Response.Headers["Lambda-Runtime-Aws-Request-Id"] = requestId;
        http.Response.Headers["Lambda-Runtime-Deadline-Ms"] = deadline.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["Lambda-Runtime-Invoked-Function-Arn"] = "arn:aws:lambda:eu-west-1:111122223333:function:remediator";
        if (traceId is not null)
        {
            http.Response.Headers["Lambda-Runtime-Trace-Id"] = traceId;
        }

        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body, http.RequestAborted).ConfigureAwait(false);
    }

    private async Task RecordAsync(HttpContext http, string? requestId, string kind)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        var report = new RuntimeReport(requestId, kind, body, http.Request.Headers["Lambda-Runtime-Function-Error-Type"].FirstOrDefault());
        reports.Enqueue(report);
        reported.Writer.TryWrite(report);
        http.Response.StatusCode = StatusCodes.Status202Accepted;
    }
}
