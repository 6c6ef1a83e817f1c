using Amazon.EC2;
using Remediator.Network;
using Remediator.StandIns.Ec2;
using Remediator.StandIns.Signing;

namespace Remediator.StandIns.Tests.Ec2;

/// <summary>A started stand-in and the real SDK client pointed at it.</summary>
internal sealed class Ec2Session : IAsyncDisposable
{
    public const string Region = "eu-west-1";

    private Ec2Session(Ec2StandIn standIn, AmazonEC2Client client)
    {
        StandIn = standIn;
        Client = client;
    }

    public Ec2StandIn StandIn { get; }

    public AmazonEC2Client Client { get; }

    /// <param name="retries">The SDK's own retries; none unless a test is about them, to keep failures fast.</param>
    /// <param name="clock">The stand-in's clock (its injected delays); by default the system's.</param>
    public static async Task<Ec2Session> StartAsync(NetworkSnapshot world, int retries = 0, TimeProvider? clock = null)
    {
        var standIn = await Ec2StandIn.StartAsync(new Ec2World(world), clock: clock);
        var client = new AmazonEC2Client(
            StandInCredentials.Basic(),
            new AmazonEC2Config
            {
                ServiceURL = standIn.Url.ToString(),
                AuthenticationRegion = Region,
                MaxErrorRetry = retries,
                Timeout = TimeSpan.FromSeconds(10),
            });
        return new Ec2Session(standIn, client);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await StandIn.DisposeAsync();
    }
}
