using Amazon.EC2;
using Remediator.Ec2.Acting;
using Remediator.Ec2.Reading;
using Remediator.Handling;
using Remediator.Network;
using Remediator.Planning;
using Remediator.StandIns.Doubles;
using Remediator.StandIns.Ec2;
using Remediator.StandIns.Signing;

namespace Remediator.Ec2.Tests;

/// <summary>
/// The real handler wired to the real AWSSDK.EC2 client, which talks to the EC2 stand-in on loopback.
/// </summary>
internal sealed class Ec2Harness : IAsyncDisposable
{
    private Ec2Harness(Ec2StandIn standIn, Mode mode)
    {
        StandIn = standIn;
        Client = Ec2ClientFactory.Create("eu-west-1", standIn.Url, StandInCredentials.Basic());
        Reader = new Ec2NetworkReader(Client);
        Handler = Doubles.Handler(Reader, new Ec2PlanExecutor(Client, TimeProvider.System), mode);
    }

    public HandlerDoubles Doubles { get; } = new();

    public Ec2StandIn StandIn { get; }

    public IAmazonEC2 Client { get; }

    public Ec2NetworkReader Reader { get; }

    public RemediationHandler Handler { get; }

    public Ec2World World => StandIn.World;

    public static async Task<Ec2Harness> StartAsync(NetworkSnapshot world, Mode mode = Mode.Remediate) =>
        new(await Ec2StandIn.StartAsync(new Ec2World(world)), mode);

    public Task<HandlingResult> HandleAsync(string eventJson) => Handler.HandleAsync(eventJson, CancellationToken.None);

    public int MutatingCalls => StandIn.Calls.Count("CreateEgressOnlyInternetGateway") + StandIn.Calls.Count("ReplaceRoute");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await StandIn.DisposeAsync();
    }
}
