using System.Globalization;
using System.Security.Cryptography;
using Remediator.Aws.Connections;
using Remediator.Ec2;
using Remediator.Ports;
using Remediator.Telemetry;

namespace Remediator.Function.Composition;

/// <summary>
/// At init, while the loop asks Lambda for the event that woke the process: the certificate store and the
/// connections the event's calls will need (BENCHMARKS.md §6). Nearly every invocation is a cold start, and
/// everything the first TLS connections cost would otherwise fall inside the exposure window. Nothing here
/// can fail init: a warm-up that fails is logged, and the calls connect as they would have.
/// </summary>
internal static class FirstEventWarmUp
{
    /// <summary>The second read round makes five EC2 calls side by side (Ec2NetworkReader); the first call opens its own.</summary>
    public const int Ec2Connections = 5;

    private const string NotOpened = "Could not open connections ahead of the first event; its calls connect themselves";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Starts loading the certificate store before the clients are built. (On a thread of its own instead of the
    /// pool it measured the same: BENCHMARKS.md §6.)
    /// </summary>
    public static Task<int> LoadTrustStore() => Task.Run(ConnectionWarmUp.LoadTrustStore);

    /// <param name="sns">SNS's connection pool and the topic's endpoint; absent when there is no topic to publish to.</param>
    /// <param name="sts">STS's connection pool and endpoint in organization mode, where a member's event starts with an AssumeRole; absent otherwise.</param>
    /// <remarks>The endpoints are resolved here, on the thread pool, not in init.</remarks>
    public static Task StartAsync(
        Task<int> trustStore,
        Ec2NetworkAccess ec2,
        (SocketsHttpHandler Transport, Func<Uri?> Endpoint)? sns,
        (SocketsHttpHandler Transport, Func<Uri?> Endpoint)? sts,
        IDecisionLog log) =>
        Task.Run(async () =>
        {
            var opened = new List<Task<WarmUpOutcome>> { ec2.WarmUpAsync(Ec2Connections, Timeout) };
            foreach (var (transport, endpoint) in new[] { sns, sts }.OfType<(SocketsHttpHandler, Func<Uri?>)>())
            {
                if (Resolve(endpoint, log) is { } uri)
                {
                    opened.Add(ConnectionWarmUp.OpenAsync(transport, uri, 1, Timeout));
                }
            }

            string certificates;
            try
            {
                certificates = (await trustStore.ConfigureAwait(false)).ToString(CultureInfo.InvariantCulture);
            }
            catch (CryptographicException e)
            {
                // The handshakes will meet the same problem and report it as their calls' failure.
                certificates = "unknown";
                log.Write(LogRecord.Warn("Could not load the certificate store ahead of the first event", Field.Of("reason", e.Message)));
            }

            foreach (var outcome in await Task.WhenAll(opened).ConfigureAwait(false))
            {
                log.Write(outcome.Failure is { } failure
                    ? LogRecord.Warn(
                        NotOpened,
                        Field.Of("endpoint", outcome.Endpoint.ToString()),
                        Field.Of("reason", failure))
                    : new LogRecord(LogLevel.Debug, "Connections opened ahead of the first event", [
                        Field.Of("endpoint", outcome.Endpoint.ToString()),
                        Field.Of("connections", outcome.Connections.ToString(CultureInfo.InvariantCulture)),
                        Field.Of("trustedCertificates", certificates)]));
            }
        });

    /// <summary>An endpoint that cannot be resolved is the first call's to report; here it only means no warm-up.</summary>
    private static Uri? Resolve(Func<Uri?> endpoint, IDecisionLog log)
    {
        try
        {
            return endpoint();
        }
        catch (ArgumentException e)
        {
            log.Write(LogRecord.Warn(NotOpened, Field.Of("reason", e.Message)));
            return null;
        }
    }
}
