using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Remediator.StandIns.LambdaRuntime;

/// <summary>
/// The Runtime API's four routes: GET …/invocation/next is held open until an event is queued, as Lambda
/// does; responses and errors are recorded.
/// </summary>
internal sealed partial class RuntimeApiRoutes
{
    private readonly Channel<QueuedEvent> queue = Channel.CreateUnbounded<QueuedEvent>();
    private readonly ConcurrentQueue<RuntimeReport> reports = new();
    private readonly Channel<RuntimeReport> reported = Channel.CreateUnbounded<RuntimeReport>();

    public IReadOnlyList<RuntimeReport> Reports => [.. reports];

    /// <summary>What Lambda names the invoked function; SAM's local emulator names it in an account of its own.</summary>
    public string InvokedFunctionArn { get; set; } = "arn:aws:lambda:eu-west-1:111122223333:function:remediator";

    public ChannelReader<RuntimeReport> Reported => reported.Reader;

    public void Enqueue(QueuedEvent queued) => queue.Writer.TryWrite(queued);

    public void Close() => queue.Writer.TryComplete();

    public Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        return (http.Request.Method, path) switch
        {
            ("GET", "/2018-06-01/runtime/invocation/next") => NextAsync(http),
            ("POST", "/2018-06-01/runtime/init/error") => RecordAsync(http, null, "init-error"),
            ("POST", _) when InvocationReport().Match(path) is { Success: true } match =>
                RecordAsync(http, Uri.UnescapeDataString(match.Groups["id"].Value), match.Groups["kind"].Value),
            _ => NotFound(http),
        };
    }

    private async Task NextAsync(HttpContext http)
    {
        var next = await queue.Reader.ReadAsync(http.RequestAborted).ConfigureAwait(false);
        http.Response.Headers["Lambda-Runtime-Aws-Request-Id"] = next.RequestId;
        http.Response.Headers["Lambda-Runtime-Deadline-Ms"] = next.Deadline.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["Lambda-Runtime-Invoked-Function-Arn"] = InvokedFunctionArn;
        if (next.TraceId is not null)
        {
            http.Response.Headers["Lambda-Runtime-Trace-Id"] = next.TraceId;
        }

        http.Response.ContentType = "application/json";
        http.Response.ContentLength = next.Body.Length;
        await http.Response.Body.WriteAsync(next.Body, http.RequestAborted).ConfigureAwait(false);
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

    private static Task NotFound(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    [GeneratedRegex("^/2018-06-01/runtime/invocation/(?<id>[^/]+)/(?<kind>response|error)$")]
    private static partial Regex InvocationReport();
}

/// <param name="Body">Bytes rather than text, so that an event can be bytes that are not UTF-8 at all.</param>
internal sealed record QueuedEvent(string RequestId, ReadOnlyMemory<byte> Body, DateTimeOffset Deadline, string? TraceId);
