using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Remediator.StandIns.Hosting;

/// <summary>
/// A bare Kestrel server on a free port of 127.0.0.1 that hands every request to one delegate: what each
/// stand-in runs on. Port 0 lets the OS pick the port, so parallel tests never collide. Plain HTTP unless a
/// <see cref="ServerTransport"/> asks for HTTPS and a modelled latency. A <c>HEAD</c> is answered 200 without
/// reaching the stand-in: it is how the function opens connections ahead of its first event, not an API call.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackServer(WebApplication app, Uri url)
    {
        this.app = app;
        Url = url;
    }

    /// <summary>The endpoint, <c>http://127.0.0.1:PORT/</c> (or <c>https://</c>).</summary>
    public Uri Url { get; }

    public static async Task<LoopbackServer> StartAsync(RequestDelegate handle, long maxRequestBodySize = 4 * 1024 * 1024, ServerTransport? transport = null)
    {
        transport ??= ServerTransport.Plain;
        var name = new ServerLabel();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen => ModelledConnections.Apply(listen, transport, name));
            kestrel.Limits.MaxRequestBodySize = maxRequestBodySize;
        });
        var app = builder.Build();
        RequestDelegate answer = context => HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : handle(context);
        app.Run(transport.RequestDelay > TimeSpan.Zero || transport.Timeline is not null ? ModelledRequests.Wrap(answer, transport, name) : answer);
        await app.StartAsync().ConfigureAwait(false);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        var url = new Uri(address.TrimEnd('/') + "/");
        name.Value = url.Authority;
        return new LoopbackServer(app, url);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
