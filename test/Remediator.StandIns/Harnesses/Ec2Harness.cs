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

namespace Remediator.StandIns.Harnesses;

/// <summary>
/// The real handler, reader and executor on the real AWSSDK.EC2 client, talking to the EC2 stand-in on
/// loopback; notifications, logs and metrics go to recording doubles. The EC2 tests and the benchmarks
/// both run on it.
/// </summary>
public sealed class Ec2Harness : IAsyncDisposable
{
    public const string Region = "eu-west-1";

    private Ec2Harness(Ec2StandIn standIn, Mode mode)
    {
        StandIn = standIn;
        Client = CreateClient(standIn.Url);
        Reader = new Ec2NetworkReader(Client);
        Handler = Doubles.Handler(Reader, new Ec2PlanExecutor(Client, TimeProvider.System), mode);
    }

    public HandlerDoubles Doubles { get; } = new();

    public Ec2StandIn StandIn { get; }

    public IAmazonEC2 Client { get; }

    public Ec2NetworkReader Reader { get; }

    public RemediationHandler Handler { get; }

    public Ec2World World => StandIn.World;

    /// <summary>The calls Remediator changes the world with: EIGWs created and routes replaced (a test's own ReplaceRoute counts too).</summary>
    public int MutatingCalls => StandIn.Calls.Count("CreateEgressOnlyInternetGateway") + StandIn.Calls.Count("ReplaceRoute");

    /// <summary>A client as the function builds it, for <see cref="Region"/>, signing with the stand-in's keys.</summary>
    public static IAmazonEC2 CreateClient(Uri standIn) => Ec2ClientFactory.Create(Region, standIn, StandInCredentials.Basic());

    public static async Task<Ec2Harness> StartAsync(NetworkSnapshot world, Mode mode = Mode.Remediate) =>
        new(await Ec2StandIn.StartAsync(new Ec2World(world)).ConfigureAwait(false), mode);

    public Task<HandlingResult> HandleAsync(string eventJson) => Handler.HandleAsync(eventJson, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await StandIn.DisposeAsync().ConfigureAwait(false);
    }
}
