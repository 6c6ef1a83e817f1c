using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Remediator.StandIns.Ec2.Protocol;

namespace Remediator.StandIns.Ec2;

/// <summary>
/// A local EC2 API endpoint for tests: the Query protocol (form POST, <c>Action=…&amp;Version=2016-11-15</c>,
/// XML answers) on a free port of 127.0.0.1, answering from an in-memory <see cref="Ec2World"/>. Point
/// the real <c>AmazonEC2Client</c> at <see cref="Url"/> (<c>ServiceURL</c>); it must sign with SigV4.
/// </summary>
public sealed class Ec2StandIn : IAsyncDisposable
{
    private readonly WebApplication app;

    private Ec2StandIn(WebApplication app, Uri url, Ec2World world, Ec2Faults faults, Ec2CallLog calls)
    {
        this.app = app;
        Url = url;
        World = world;
        Faults = faults;
        Calls = calls;
    }

    /// <summary>The endpoint, <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Url { get; }

    public Ec2World World { get; }

    public Ec2Faults Faults { get; }

    public Ec2CallLog Calls { get; }

    public static async Task<Ec2StandIn> StartAsync(Ec2World world)
    {
        ArgumentNullException.ThrowIfNull(world);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();

        var faults = new Ec2Faults();
        var calls = new Ec2CallLog();
        app.Run(new Ec2Pipeline(world, faults, calls, TimeProvider.System).HandleAsync);
        await app.StartAsync().ConfigureAwait(false);

        // Port 0 lets the OS pick a free port, so parallel tests never collide; read back which one.
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        return new Ec2StandIn(app, new Uri(address.TrimEnd('/') + "/"), world, faults, calls);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
