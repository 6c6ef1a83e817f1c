using System.Security.Cryptography.X509Certificates;

namespace Remediator.StandIns.Tls;

/// <summary>A server's certificate with its private key, and the intermediate that chains it to a root.</summary>
public sealed record ServerCertificate(X509Certificate2 Leaf, X509Certificate2 Intermediate);
