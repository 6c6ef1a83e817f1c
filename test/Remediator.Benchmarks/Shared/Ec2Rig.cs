using Amazon.EC2;
using Remediator.Ec2;
using Remediator.Ec2.Acting;
using Remediator.Ec2.Reading;
using Remediator.Handling;
using Remediator.Network;
using Remediator.Planning;
using Remediator.StandIns.Doubles;
using Remediator.StandIns.Ec2;
using Remediator.StandIns.Signing;

namespace Remediator.Benchmarks.Shared;

/// <summary>
/// The real handler, reader and executor on the real AWSSDK.EC2 client, talking to the EC2 stand-in on
/// loopback; notifications and logs go to recording doubles, which cost nothing worth measuring.
/// </summary>
internal sealed class Ec2Rig : IAsyncDisposable
{
    public const string Region = "eu-west-1";

    private Ec2Rig(Ec2StandIn standIn)
    {
        StandIn = standIn;
        Client = CreateClient(standIn.Url);
        Handler = new HandlerDoubles().Handler(new Ec2NetworkReader(Client), new Ec2PlanExecutor(Client, TimeProvider.System), Mode.Remediate);
    }

    public Ec2StandIn StandIn { get; }

    public IAmazonEC2 Client { get; }

    public RemediationHandler Handler { get; }

    public static IAmazonEC2 CreateClient(Uri standIn) =>
        Ec2ClientFactory.Create(Region, standIn, StandInCredentials.Basic());

    public static async Task<Ec2Rig> StartAsync(NetworkSnapshot world) => new(await Ec2StandIn.StartAsync(new Ec2World(world)).ConfigureAwait(false));

    public Task<HandlingResult> HandleAsync(string eventJson) => Handler.HandleAsync(eventJson, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await StandIn.DisposeAsync().ConfigureAwait(false);
    }
}
