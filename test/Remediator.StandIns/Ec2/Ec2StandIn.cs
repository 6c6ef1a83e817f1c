using Remediator.StandIns.Calls;
using Remediator.StandIns.Ec2.Protocol;
using Remediator.StandIns.Hosting;

namespace Remediator.StandIns.Ec2;

/// <summary>
/// A local EC2 API endpoint for tests: the Query protocol (form POST, <c>Action=…&amp;Version=2016-11-15</c>,
/// XML answers) on a free port of 127.0.0.1, answering from an in-memory <see cref="Ec2World"/>. Point
/// the real <c>AmazonEC2Client</c> at <see cref="Url"/> (<c>ServiceURL</c>); it must sign with SigV4.
/// </summary>
public sealed class Ec2StandIn : IAsyncDisposable
{
    private readonly LoopbackServer server;

    private Ec2StandIn(LoopbackServer server, Ec2World world, Ec2Faults faults, CallLog<Ec2Call> calls)
    {
        this.server = server;
        World = world;
        Faults = faults;
        Calls = calls;
    }

    /// <summary>The endpoint, <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Url => server.Url;

    public Ec2World World { get; }

    public Ec2Faults Faults { get; }

    public CallLog<Ec2Call> Calls { get; }

    public static async Task<Ec2StandIn> StartAsync(Ec2World world)
    {
        ArgumentNullException.ThrowIfNull(world);
        var faults = new Ec2Faults();
        var calls = new CallLog<Ec2Call>();
        var server = await LoopbackServer.StartAsync(new Ec2Pipeline(world, faults, calls, TimeProvider.System).HandleAsync).ConfigureAwait(false);
        return new Ec2StandIn(server, world, faults, calls);
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
