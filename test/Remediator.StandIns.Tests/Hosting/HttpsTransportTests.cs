using Microsoft.AspNetCore.Http;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Remediator.StandIns.Hosting;
using Remediator.StandIns.Tls;

namespace Remediator.StandIns.Tests.Hosting;

/// <summary>The stand-ins served over HTTPS, as the cold-path benchmark serves them: a chain to a test root, a timeline of the network.</summary>
public sealed class HttpsTransportTests : IDisposable
{
    private readonly TestCertificateAuthority authority = TestCertificateAuthority.Create();

    [Fact]
    public async Task A_client_that_trusts_the_test_root_is_answered_and_the_timeline_shows_its_connection_and_request()
    {
        var timeline = new NetworkTimeline();
        await using var server = await LoopbackServer.StartAsync(
            context => context.Response.WriteAsync("answered"), transport: new ServerTransport(authority.Server, Timeline: timeline));
        using var client = new HttpClient(TrustingOnly(authority.Root));

        var first = await client.GetStringAsync(server.Url);
        var second = await client.GetStringAsync(server.Url);

        Assert.Equal(Uri.UriSchemeHttps, server.Url.Scheme);
        Assert.Equal("answered", first);
        Assert.Equal("answered", second);
        var entries = timeline.All;
        Assert.Single(entries, e => e.Kind == NetworkIntervalKind.ConnectionSetUp);
        Assert.Equal(2, entries.Count(e => e.Kind == NetworkIntervalKind.Answer));
        Assert.All(entries, e => Assert.Equal(server.Url.Authority, e.Server));
        Assert.All(entries, e => Assert.True(e.End >= e.Start));
    }

    [Fact]
    public async Task A_client_that_trusts_only_the_machine_s_public_CAs_refuses_the_stand_in()
    {
        await using var server = await LoopbackServer.StartAsync(
            context => context.Response.WriteAsync("answered"), transport: new ServerTransport(authority.Server));
        using var client = new HttpClient();

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync(server.Url));

        Assert.IsType<AuthenticationException>(refused.InnerException);
    }

    [Fact]
    public void The_trust_bundle_holds_every_public_CA_of_the_machine_and_the_test_root()
    {
        var path = Path.GetTempFileName();
        try
        {
            var written = authority.WriteTrustBundle(path);

            var bundle = new X509Certificate2Collection();
            bundle.ImportFromPemFile(path);
            var system = new X509Certificate2Collection();
            system.ImportFromPemFile(TestCertificateAuthority.SystemBundle);
            Assert.Equal(system.Count + 1, bundle.Count);
            Assert.Equal(bundle.Count, written);
            Assert.Contains(bundle, c => c.Thumbprint == authority.Root.Thumbprint);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_bundle_of_named_roots_holds_those_of_the_machine_and_the_test_root_only()
    {
        var path = Path.GetTempFileName();
        try
        {
            authority.WriteTrustBundle(path, TestCertificateAuthority.AmazonTrustServicesRoots);

            var bundle = new X509Certificate2Collection();
            bundle.ImportFromPemFile(path);
            Assert.Equal(
                TestCertificateAuthority.AmazonTrustServicesRoots.Append("CN=Remediator Test Root CA").Order(StringComparer.Ordinal),
                bundle.Select(c => c.Subject.Split(", ")[0]).Order(StringComparer.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    public void Dispose() => authority.Dispose();

    private static SocketsHttpHandler TrustingOnly(X509Certificate2 root) => new()
    {
        SslOptions =
        {
            CertificateChainPolicy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                CustomTrustStore = { root },
                RevocationMode = X509RevocationMode.NoCheck,
            },
        },
    };
}
