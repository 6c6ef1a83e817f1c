using Amazon.SQS;
using Remediator.StandIns.Signing;
using Remediator.StandIns.Sqs;

namespace Remediator.Sqs.Tests;

/// <summary>The real AWSSDK.SQS client, configured by <see cref="SqsClientFactory"/>, talking to the SQS stand-in on loopback.</summary>
internal sealed class SqsHarness : IAsyncDisposable
{
    public const string Region = "eu-west-1";

    private SqsHarness(SqsStandIn standIn, int maxAttempts)
    {
        StandIn = standIn;
        Client = ClientFor(standIn.Url, maxAttempts);
        Keeper = new SqsUndeliveredNotifications(Client, standIn.QueueUrl);
    }

    public SqsStandIn StandIn { get; }

    public IAmazonSQS Client { get; }

    public SqsUndeliveredNotifications Keeper { get; }

    public static async Task<SqsHarness> StartAsync(int maxAttempts = 1) => new(await SqsStandIn.StartAsync(), maxAttempts);

    /// <summary>A client as <see cref="SqsClientFactory"/> builds it, but with <paramref name="maxAttempts"/>.</summary>
    public static IAmazonSQS ClientFor(Uri url, int maxAttempts)
    {
        var config = SqsClientFactory.Config(Region, url);

        // The SDK's backoff cannot be shortened: tests that are not about retrying do not retry.
        config.MaxErrorRetry = maxAttempts - 1;
        return new AmazonSQSClient(StandInCredentials.Basic(), config);
    }

    public SqsUndeliveredNotifications KeeperFor(string queueUrl) => new(Client, queueUrl);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await StandIn.DisposeAsync();
    }
}
