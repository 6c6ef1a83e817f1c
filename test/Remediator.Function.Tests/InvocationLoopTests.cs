using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Remediator.Function.Runtime;
using Remediator.StandIns.Doubles;
using Remediator.StandIns.LambdaRuntime;

namespace Remediator.Function.Tests;

/// <summary>The runtime loop against a Runtime API stand-in on 127.0.0.1.</summary>
[Collection(nameof(TraceVariable))]
public sealed class InvocationLoopTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task An_event_is_answered_on_the_response_endpoint()
    {
        await using var runtime = await RuntimeApiStandIn.StartAsync();
        var handler = new ScriptedHandler((body, _) => Task.FromResult("""{"ok":true}"""));
        using var stop = Run(runtime, handler);

        var requestId = runtime.Enqueue("""{"detail-type":"Scheduled Event"}""", traceId: "Root=1-5759e988-bd862e3fe1be46a994272793");
        var report = await runtime.WaitForAsync(requestId, Wait);

        Assert.True(report.IsResponse);
        Assert.Equal("""{"ok":true}""", report.Body);
        Assert.Equal("Root=1-5759e988-bd862e3fe1be46a994272793", Assert.Single(handler.Seen).TraceId);
    }

    [Fact]
    public async Task Bytes_that_are_not_UTF_8_reach_the_handler_as_text_with_each_bad_byte_replaced()
    {
        await using var runtime = await RuntimeApiStandIn.StartAsync();
        var handler = new ScriptedHandler((body, _) => Task.FromResult("{}"));
        using var stop = Run(runtime, handler);

        var report = await runtime.WaitForAsync(runtime.Enqueue(new byte[] { (byte)'{', 0xFF, 0xC3, (byte)'}' }), Wait);

        Assert.True(report.IsResponse);
        Assert.Equal("{\uFFFD\uFFFD}", Assert.Single(handler.Seen).Body);
    }

    [Fact]
    public async Task A_failure_is_reported_with_its_error_type_header_and_body_and_the_next_event_is_still_served()
    {
        await using var runtime = await RuntimeApiStandIn.StartAsync();
        var handler = new ScriptedHandler((body, _) => body == "bad"
            ? throw new FunctionFailure(ErrorTypes.InvalidEvent, "Event field 'detail' is missing.")
            : Task.FromResult("{}"));
        using var stop = Run(runtime, handler);

        var bad = await runtime.WaitForAsync(runtime.Enqueue("bad"), Wait);
        var good = await runtime.WaitForAsync(runtime.Enqueue("good"), Wait);

        Assert.Equal("error", bad.Kind);
        Assert.Equal(ErrorTypes.InvalidEvent, bad.ErrorType);
        var body = JsonDocument.Parse(bad.Body).RootElement;
        Assert.Equal(ErrorTypes.InvalidEvent, body.GetProperty("errorType").GetString());
        Assert.Equal("Event field 'detail' is missing.", body.GetProperty("errorMessage").GetString());
        Assert.Equal(JsonValueKind.Array, body.GetProperty("stackTrace").ValueKind);
        Assert.True(good.IsResponse);
    }

    [Fact]
    public async Task An_unexpected_exception_becomes_that_events_error_not_the_end_of_the_process()
    {
        await using var runtime = await RuntimeApiStandIn.StartAsync();
        var calls = 0;
        var handler = new ScriptedHandler((_, _) => Interlocked.Increment(ref calls) == 1 ? throw new InvalidOperationException("bug") : Task.FromResult("{}"));
        using var stop = Run(runtime, handler);

        var first = await runtime.WaitForAsync(runtime.Enqueue("{}"), Wait);
        var second = await runtime.WaitForAsync(runtime.Enqueue("{}"), Wait);

        Assert.Equal(ErrorTypes.Unexpected, first.ErrorType);
        Assert.True(second.IsResponse);
    }

    [Fact]
    public async Task The_handler_is_stopped_half_a_second_before_the_deadline_so_that_the_error_still_reaches_Lambda()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
        await using var runtime = await RuntimeApiStandIn.StartAsync(clock);
        var started = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new ScriptedHandler(async (_, token) =>
        {
            started.SetResult(token);
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            return "{}";
        });
        using var stop = Run(runtime, handler, clock);
        var requestId = runtime.Enqueue("{}", timeLeft: TimeSpan.FromSeconds(1.5));
        var token = await started.Task.WaitAsync(Wait);

        clock.Advance(TimeSpan.FromMilliseconds(999));
        var cutEarly = token.IsCancellationRequested;
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var report = await runtime.WaitForAsync(requestId, Wait);

        Assert.False(cutEarly, "The handler was stopped more than 500 ms before the deadline.");
        Assert.True(token.IsCancellationRequested);
        Assert.Equal(ErrorTypes.Timeout, report.ErrorType);
    }

    /// <summary>Starts the loop in the background; disposing the result stops it.</summary>
    private static StoppingSource Run(RuntimeApiStandIn runtime, IInvocationHandler handler, TimeProvider? clock = null)
    {
        var stop = new StoppingSource();
        var loop = new InvocationLoop(
            RuntimeApiClient.For(runtime.Address), handler, new CurrentInvocation(), new CollectingLog(), clock ?? TimeProvider.System);
        _ = Task.Run(() => loop.RunAsync(stop.Token));
        return stop;
    }

    private sealed class StoppingSource : IDisposable
    {
        private readonly CancellationTokenSource source = new();

        public CancellationToken Token => source.Token;

        public void Dispose()
        {
            source.Cancel();
            source.Dispose();
        }
    }
}

/// <summary>The loop sets the process-wide _X_AMZN_TRACE_ID: these tests run one at a time.</summary>
[CollectionDefinition(nameof(TraceVariable), DisableParallelization = true)]
public sealed class TraceVariable;
