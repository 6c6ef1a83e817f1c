using Amazon.Runtime;
using Remediator.StandIns.Calls;
using Remediator.StandIns.Ec2.Protocol;
using Remediator.StandIns.Hosting;
using Remediator.StandIns.Signing;

namespace Remediator.StandIns.Ec2;

/// <summary>
/// A local EC2 API endpoint for tests: the Query protocol (form POST, <c>Action=…&amp;Version=2016-11-15</c>,
/// XML answers) on a free port of 127.0.0.1, answering from an in-memory <see cref="Ec2World"/>. Point
/// the real <c>AmazonEC2Client</c> at <see cref="Url"/> (<c>ServiceURL</c>); it must sign with SigV4 for
/// <c>ec2</c> with the stand-in's credentials (by default <see cref="StandInCredentials.Default"/>), in any region.
/// </summary>
public sealed class Ec2StandIn : IAsyncDisposable
{
    private readonly LoopbackServer server;

    private readonly Ec2Accounts accounts;

    private Ec2StandIn(LoopbackServer server, Ec2Accounts accounts, Ec2World world, Ec2Faults faults, ArrivalGate gate, CallLog<Ec2Call> calls)
    {
        this.server = server;
        this.accounts = accounts;
        World = world;
        Faults = faults;
        Gate = gate;
        Calls = calls;
    }

    /// <summary>The endpoint, <c>http://127.0.0.1:PORT/</c> (or <c>https://</c>).</summary>
    public Uri Url => server.Url;

    public Ec2World World { get; }

    public Ec2Faults Faults { get; }

    /// <summary>Holds the calls of chosen actions until the test releases them, and stamps every call with its round.</summary>
    public ArrivalGate Gate { get; }

    public CallLog<Ec2Call> Calls { get; }

    /// <param name="credentials">The only keys it accepts; by default <see cref="StandInCredentials.Default"/>.</param>
    /// <param name="clock">The clock of injected delays and of the signature's allowed skew; by default the system's.</param>
    /// <param name="transport">Plain HTTP by default; HTTPS with a modelled latency for the cold-path benchmark.</param>
    public static async Task<Ec2StandIn> StartAsync(Ec2World world, ImmutableCredentials? credentials = null, TimeProvider? clock = null, ServerTransport? transport = null)
    {
        ArgumentNullException.ThrowIfNull(world);
        clock ??= TimeProvider.System;
        var faults = new Ec2Faults();
        var gate = new ArrivalGate();
        var calls = new CallLog<Ec2Call>();
        var signature = new SigV4Check(credentials ?? StandInCredentials.Default, "ec2", region: null, clock);
        var accounts = new Ec2Accounts(world, signature, clock);
        var server = await LoopbackServer.StartAsync(new Ec2Pipeline(accounts, faults, gate, calls, clock).HandleAsync, transport: transport).ConfigureAwait(false);
        return new Ec2StandIn(server, accounts, world, faults, gate, calls);
    }

    /// <summary>
    /// Serves another account's world (organization mode) to calls signed with <paramref name="keys"/>, e.g. the
    /// credentials the STS stand-in issues for that account's member role; <see cref="World"/> stays the default.
    /// </summary>
    public void AddAccount(ImmutableCredentials keys, Ec2World world)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(world);
        accounts.Add(keys, world);
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
