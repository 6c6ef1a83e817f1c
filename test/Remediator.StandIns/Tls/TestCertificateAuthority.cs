using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Remediator.StandIns.Tls;

/// <summary>
/// A certificate authority made for one run: a root, an intermediate and a server certificate for 127.0.0.1,
/// shaped like the chains AWS's endpoints present (RSA 2048 server certificate, issued by an intermediate,
/// under a root the client must trust). The process under test trusts the root through a bundle that also
/// holds every public CA of this machine, so its certificate store is as large as in a Lambda sandbox.
/// </summary>
public sealed class TestCertificateAuthority : IDisposable
{
    /// <summary>Debian's bundle of the public CAs (package ca-certificates), what OpenSSL trusts by default here.</summary>
    public const string SystemBundle = "/etc/ssl/certs/ca-certificates.crt";

    private readonly X509Certificate2 root;

    private TestCertificateAuthority(X509Certificate2 root, ServerCertificate server)
    {
        this.root = root;
        Root = X509CertificateLoader.LoadCertificate(root.RawData);
        Server = server;
    }

    public ServerCertificate Server { get; }

    /// <summary>The root, without its key: what a client must trust.</summary>
    public X509Certificate2 Root { get; }

    public static TestCertificateAuthority Create()
    {
        var now = DateTimeOffset.UtcNow;
        using var rootKey = RSA.Create(2048);
        var rootRequest = CaRequest("CN=Remediator Test Root CA", rootKey, pathLength: 1);
        var root = rootRequest.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));

        using var intermediateKey = RSA.Create(2048);
        var intermediateRequest = CaRequest("CN=Remediator Test Intermediate CA", intermediateKey, pathLength: 0);
        using var intermediatePublic = intermediateRequest.Create(root, now.AddDays(-1), now.AddMonths(6), Serial());
        var intermediate = intermediatePublic.CopyWithPrivateKey(intermediateKey);

        using var leafKey = RSA.Create(2048);
        var leafRequest = new CertificateRequest("CN=127.0.0.1", leafKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        leafRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        leafRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        leafRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        leafRequest.CertificateExtensions.Add(names.Build());
        leafRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(intermediate, true, false));
        using var leafPublic = leafRequest.Create(intermediate, now.AddDays(-1), now.AddMonths(3), Serial());

        // Kestrel on Linux wants the key in a form it can hand to OpenSSL: a PKCS#12 round trip gives it one.
        var leaf = X509CertificateLoader.LoadPkcs12(leafPublic.CopyWithPrivateKey(leafKey).Export(X509ContentType.Pkcs12), null);
        var intermediateOnly = X509CertificateLoader.LoadCertificate(intermediate.RawData);
        intermediate.Dispose();
        return new TestCertificateAuthority(root, new ServerCertificate(leaf, intermediateOnly));
    }

    /// <summary>
    /// The roots of Amazon Trust Services, which AWS's endpoints' certificates chain to (Amazon Root CA 1 to 4,
    /// and Starfield Services Root Certificate Authority - G2, which cross-signs them).
    /// </summary>
    public static IReadOnlyList<string> AmazonTrustServicesRoots { get; } =
        ["CN=Amazon Root CA 1", "CN=Amazon Root CA 2", "CN=Amazon Root CA 3", "CN=Amazon Root CA 4", "CN=Starfield Services Root Certificate Authority - G2"];

    /// <summary>Writes the machine's public CAs followed by this root, in PEM: what <c>SSL_CERT_FILE</c> then names.</summary>
    /// <param name="onlyRootsNamed">Absent: every public CA of the machine. Present: only those whose subject starts with one of these.</param>
    /// <returns>How many certificates the bundle holds.</returns>
    /// <exception cref="FileNotFoundException">The system bundle is missing (install the ca-certificates package).</exception>
    public int WriteTrustBundle(string path, IReadOnlyList<string>? onlyRootsNamed = null)
    {
        if (!File.Exists(SystemBundle))
        {
            throw new FileNotFoundException($"{SystemBundle} is missing: install the ca-certificates package.", SystemBundle);
        }

        var system = new X509Certificate2Collection();
        system.ImportFromPemFile(SystemBundle);
        var kept = system.Where(c => onlyRootsNamed is null || onlyRootsNamed.Any(n => c.Subject.StartsWith(n, StringComparison.Ordinal))).Append(root).ToList();
        var bundle = new StringBuilder();
        foreach (var certificate in kept)
        {
            bundle.AppendLine(certificate.ExportCertificatePem());
        }

        File.WriteAllText(path, bundle.ToString());
        return kept.Count;
    }

    public void Dispose()
    {
        root.Dispose();
        Root.Dispose();
        Server.Leaf.Dispose();
        Server.Intermediate.Dispose();
    }

    private static CertificateRequest CaRequest(string subject, RSA key, int pathLength)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, pathLength, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request;
    }

    private static byte[] Serial() => RandomNumberGenerator.GetBytes(16);
}
