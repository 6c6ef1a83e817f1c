using Amazon.Runtime;
using Remediator.StandIns.Calls;
using Remediator.StandIns.Chaos;
using Remediator.StandIns.Hosting;
using Remediator.StandIns.Signing;
using Remediator.StandIns.Sqs.Protocol;

namespace Remediator.StandIns.Sqs;

/// <summary>
/// A local SQS endpoint for tests, holding one queue: <c>SendMessage</c> in AWS JSON 1.0, the protocol
/// AWSSDK.SQS 4.x speaks, on a free port of 127.0.0.1. Point the real <c>AmazonSQSClient</c> at
/// <see cref="Url"/> (<c>ServiceURL</c>) and send to <see cref="QueueUrl"/>; it must sign with SigV4. It answers
/// with the MD5 digests the SDK verifies, refuses what SQS refuses (size, attributes, characters), and answers
/// injected errors as SQS does, with the <c>x-amzn-query-error</c> header.
/// </summary>
public sealed class SqsStandIn : IAsyncDisposable
{
    public const string DefaultAccountId = "123456789012";
    public const string DefaultQueueName = "remediator-undelivered";

    /// <summary>SQS's default maximum message size, 256 KiB.</summary>
    public const int DefaultMaximumMessageSize = 262_144;

    private readonly LoopbackServer server;
    private readonly SqsQueues queues;
    private readonly SqsFaults faults;

    private SqsStandIn(LoopbackServer server, SqsQueues queues, SqsFaults faults, CallLog<SqsCall> calls)
    {
        this.server = server;
        this.queues = queues;
        this.faults = faults;
        QueueUrl = new Uri(server.Url, queues.Path.TrimStart('/')).ToString();
        Calls = calls;
    }

    /// <summary>The endpoint, <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Url => server.Url;

    /// <summary>The queue's URL, <c>http://127.0.0.1:PORT/ACCOUNT/NAME</c>.</summary>
    public string QueueUrl { get; }

    /// <summary>The messages accepted so far, in the order they were accepted.</summary>
    public IReadOnlyList<SqsReceivedMessage> Received => queues.Received;

    public CallLog<SqsCall> Calls { get; }

    /// <param name="credentials">The only keys it accepts (SigV4 for <c>sqs</c>, any region); by default <see cref="StandInCredentials.Default"/>.</param>
    /// <param name="transport">Plain HTTP by default; HTTPS with a modelled latency for the cold-path benchmark.</param>
    public static async Task<SqsStandIn> StartAsync(
        string queueName = DefaultQueueName,
        string accountId = DefaultAccountId,
        int maximumMessageSize = DefaultMaximumMessageSize,
        ImmutableCredentials? credentials = null,
        ServerTransport? transport = null)
    {
        var queues = new SqsQueues(accountId, queueName, maximumMessageSize);
        var faults = new SqsFaults();
        var calls = new CallLog<SqsCall>();
        var signature = new SigV4Check(credentials ?? StandInCredentials.Default, "sqs", region: null, TimeProvider.System);
        var server = await LoopbackServer.StartAsync(new SqsPipeline(queues, faults, calls, signature).HandleAsync, transport: transport).ConfigureAwait(false);
        return new SqsStandIn(server, queues, faults, calls);
    }

    /// <summary>
    /// The next <paramref name="count"/> calls get this error instead of being handled. <paramref name="code"/>
    /// is the error's name: SQS's own (<c>QueueDoesNotExist</c>, <c>RequestThrottled</c>, <c>KmsAccessDenied</c>,
    /// <c>KmsThrottled</c>) or a common one (<c>AccessDenied</c>, <c>Throttling</c>, <c>InternalFailure</c>,
    /// <c>ServiceUnavailable</c>), answered with SQS's <c>__type</c> and query code; any other name is sent as
    /// both.
    /// </summary>
    public void FailNext(int count, int status = 500, string code = "InternalFailure") => faults.Add(count, SqsError.For(status, code));

    /// <summary>The next <paramref name="count"/> calls get <c>RequestThrottled</c> (400), as SQS throttles a queue.</summary>
    public void ThrottleNext(int count) => FailNext(count, 400, "RequestThrottled");

    /// <summary>From now on every call that no queued error answers is also put to <paramref name="randomly"/>.</summary>
    public void FailRandomly(IFaultSchedule randomly) => faults.Schedule = randomly;

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
