using System.Net;
using Amazon.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Remediator.StandIns.Sns;

/// <summary>
/// A local SNS endpoint for tests: the Query protocol (form POST, <c>Action=Publish&amp;Version=2010-03-31</c>,
/// XML answers) on a free port of 127.0.0.1. It accepts only requests signed with SigV4 by
/// <see cref="Credentials"/> for <see cref="Region"/>, records every call, and publishes to the topics
/// created in <see cref="Topics"/>.
/// </summary>
public sealed class SnsStandIn : IAsyncDisposable
{
    public const string Account = "123456789012";

    private readonly WebApplication app;

    private SnsStandIn(WebApplication app, Uri url, ImmutableCredentials credentials, string region, SnsTopics topics, SnsFaults faults, SnsCallLog calls)
    {
        this.app = app;
        Url = url;
        Credentials = credentials;
        Region = region;
        Topics = topics;
        Faults = faults;
        Calls = calls;
    }

    /// <summary>The endpoint, <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Url { get; }

    public ImmutableCredentials Credentials { get; }

    public string Region { get; }

    public SnsTopics Topics { get; }

    public SnsFaults Faults { get; }

    public SnsCallLog Calls { get; }

    public static async Task<SnsStandIn> StartAsync(ImmutableCredentials credentials, string region = "us-east-1")
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Limits.MaxRequestBodySize = 4 * 1024 * 1024;
        });
        var app = builder.Build();

        var topics = new SnsTopics(region, Account);
        var faults = new SnsFaults();
        var calls = new SnsCallLog();
        var signature = new SigV4Check(credentials, region, TimeProvider.System);
        app.Run(new SnsPipeline(signature, topics, faults, calls).HandleAsync);
        await app.StartAsync();

        // Port 0 lets the OS pick a free port, so parallel tests never collide; read back which one.
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        return new SnsStandIn(app, new Uri(address.TrimEnd('/') + "/"), credentials, region, topics, faults, calls);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
