using Amazon.Runtime;
using Remediator.StandIns.Calls;
using Remediator.StandIns.Hosting;
using Remediator.StandIns.Signing;

namespace Remediator.StandIns.Sns;

/// <summary>
/// A local SNS endpoint for tests: the Query protocol (form POST, <c>Action=Publish&amp;Version=2010-03-31</c>,
/// XML answers) on a free port of 127.0.0.1. It accepts only requests signed with SigV4 by
/// <see cref="Credentials"/> for <see cref="Region"/>, records every call, and publishes to the topics
/// created in <see cref="Topics"/>.
/// </summary>
public sealed class SnsStandIn : IAsyncDisposable
{
    public const string Account = "123456789012";

    private readonly LoopbackServer server;

    private SnsStandIn(LoopbackServer server, ImmutableCredentials credentials, string region, SnsTopics topics, SnsFaults faults, CallLog<SnsCall> calls)
    {
        this.server = server;
        Credentials = credentials;
        Region = region;
        Topics = topics;
        Faults = faults;
        Calls = calls;
    }

    /// <summary>The endpoint, <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Url => server.Url;

    public ImmutableCredentials Credentials { get; }

    public string Region { get; }

    public SnsTopics Topics { get; }

    public SnsFaults Faults { get; }

    public CallLog<SnsCall> Calls { get; }

    /// <param name="transport">Plain HTTP by default; HTTPS with a modelled latency for the cold-path benchmark.</param>
    public static async Task<SnsStandIn> StartAsync(ImmutableCredentials credentials, string region = "us-east-1", ServerTransport? transport = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var topics = new SnsTopics(region, Account);
        var faults = new SnsFaults();
        var calls = new CallLog<SnsCall>();
        var signature = new SigV4Check(credentials, "sns", region, TimeProvider.System);
        var server = await LoopbackServer.StartAsync(new SnsPipeline(signature, topics, faults, calls).HandleAsync, transport: transport);
        return new SnsStandIn(server, credentials, region, topics, faults, calls);
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
