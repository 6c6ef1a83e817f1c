using System.Net.Sockets;

namespace Remediator.Sns.Tests.Doubles;

/// <summary>Under the signer: the first <paramref name="failures"/> requests fail as a refused connection would.</summary>
internal sealed class FlakyTransport(int failures, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private int remaining = failures;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Interlocked.Decrement(ref remaining) >= 0
            ? throw new HttpRequestException("Connection refused (stand-in)", new SocketException((int)SocketError.ConnectionRefused))
            : base.SendAsync(request, cancellationToken);
}
