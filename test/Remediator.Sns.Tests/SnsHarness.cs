using Amazon.Runtime;
using Remediator.Settings;
using Remediator.Sns.Tests.Doubles;
using Remediator.StandIns.Doubles;
using Remediator.StandIns.Sns;

namespace Remediator.Sns.Tests;

/// <summary>
/// A stand-in SNS and a real <see cref="SnsPublishClient"/> pointed at it through <c>AWS_ENDPOINT_URL_SNS</c>,
/// with a manual clock and a recording pause, so retries cost no real time.
/// </summary>
internal sealed class SnsHarness : IAsyncDisposable
{
    private SnsHarness(SnsStandIn standIn, SnsPublishClient client, ManualClock clock, RecordingPause pause)
    {
        StandIn = standIn;
        Client = client;
        Clock = clock;
        Pause = pause;
        Topic = standIn.Topics.Create("remediator-alerts");
    }

    public SnsStandIn StandIn { get; }

    public SnsPublishClient Client { get; }

    public ManualClock Clock { get; }

    public RecordingPause Pause { get; }

    /// <summary>A topic that exists in the stand-in.</summary>
    public string Topic { get; }

    /// <param name="accepted">The keys the stand-in accepts; by default <see cref="Some.Keys"/>.</param>
    /// <param name="signWith">The keys the client signs with; by default the accepted ones.</param>
    /// <param name="environment">The client's environment, given the stand-in's URL; by default <c>AWS_ENDPOINT_URL_SNS</c> names it.</param>
    public static async Task<SnsHarness> StartAsync(
        ImmutableCredentials? accepted = null,
        AWSCredentials? signWith = null,
        Func<SnsClientOptions, SnsClientOptions>? configure = null,
        Func<HttpMessageHandler, HttpMessageHandler>? transport = null,
        string region = "us-east-1",
        Func<Uri, IEnvironment>? environment = null)
    {
        accepted ??= Some.Keys();
        var standIn = await SnsStandIn.StartAsync(accepted, region);
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var pause = new RecordingPause(clock);
        var options = new SnsClientOptions { Clock = clock, Pause = pause.WaitAsync, Jitter = () => 0.5 };
        var client = SnsClientFactory.Create(
            environment?.Invoke(standIn.Url) ?? new FakeEnvironment(("AWS_ENDPOINT_URL_SNS", standIn.Url.ToString())),
            configure is null ? options : configure(options),
            signWith ?? Credentials(accepted),
            transport?.Invoke(new SocketsHttpHandler { AllowAutoRedirect = false }));
        return new SnsHarness(standIn, client, clock, pause);
    }

    public static AWSCredentials Credentials(ImmutableCredentials keys) => keys.UseToken
        ? new SessionAWSCredentials(keys.AccessKey, keys.SecretKey, keys.Token)
        : new BasicAWSCredentials(keys.AccessKey, keys.SecretKey);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await StandIn.DisposeAsync();
    }
}
