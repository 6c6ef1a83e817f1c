using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace Remediator.StandIns.Hosting;

/// <summary>
/// A listener's connection pipeline under a <see cref="ServerTransport"/>: the handshake delay, then TLS, then
/// the connection is recorded as set up. A client's TLS handshake waits on the server's first flight, so a
/// delay before the server reads the ClientHello is a delay of the client's handshake.
/// </summary>
internal static class ModelledConnections
{
    private const string AcceptedAt = "remediator.accepted-at";

    public static void Apply(ListenOptions listen, ServerTransport transport, ServerLabel server)
    {
        if (transport.Tls is null && transport.ConnectionDelay == TimeSpan.Zero && transport.Timeline is null)
        {
            return;
        }

        listen.Use(next => async connection =>
        {
            connection.Items[AcceptedAt] = DateTimeOffset.UtcNow;
            if (transport.ConnectionDelay > TimeSpan.Zero)
            {
                await Task.Delay(transport.ConnectionDelay).ConfigureAwait(false);
            }

            await next(connection).ConfigureAwait(false);
        });
        if (transport.Tls is { } tls)
        {
            listen.UseHttps(new HttpsConnectionAdapterOptions
            {
                ServerCertificate = tls.Leaf,
                ServerCertificateChain = [tls.Intermediate],
            });
        }

        listen.Use(next => connection =>
        {
            if (transport.Timeline is { } timeline && connection.Items[AcceptedAt] is DateTimeOffset at)
            {
                timeline.Add(new NetworkInterval(server.Value, NetworkIntervalKind.ConnectionSetUp, at, DateTimeOffset.UtcNow));
            }

            return next(connection);
        });
    }
}
