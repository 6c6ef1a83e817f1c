using System.Security.Cryptography.X509Certificates;

namespace Remediator.Aws.Connections;

/// <summary>
/// What a fresh process can do for its first event's calls while it waits for that event: load the certificate
/// store the first TLS handshake validates against, and open (and TLS-handshake) the connections the calls will
/// use. AWS's endpoints speak HTTP/1.1, one request per connection at a time, so a read round of five calls side
/// by side needs five connections; opened here, the round finds them ready instead of paying a handshake each.
/// A connection is opened by sending a request on it: an unsigned <c>HEAD /</c>, which is no API call (nothing
/// is authorized or logged by CloudTrail) and whose answer, whatever its status, leaves the connection open.
/// </summary>
public static class ConnectionWarmUp
{
    /// <summary>
    /// Loads the machine's root certificates, the largest one-time cost of the first handshake (about 50 ms for
    /// the 145 public CAs of a Debian bundle; BENCHMARKS.md §6). .NET keeps them for every later chain it builds.
    /// </summary>
    public static int LoadTrustStore()
    {
        using var store = new X509Store(StoreName.Root, StoreLocation.LocalMachine);
        store.Open(OpenFlags.ReadOnly);
        return store.Certificates.Count;
    }

    /// <summary>Opens <paramref name="connections"/> connections to <paramref name="endpoint"/> at once through <paramref name="transport"/>.</summary>
    /// <returns>The answers' statuses; a failure as its message. Never throws: the calls then connect as they would have.</returns>
    public static async Task<WarmUpOutcome> OpenAsync(HttpMessageHandler transport, Uri endpoint, int connections, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(connections);
        using var http = new HttpMessageInvoker(transport, disposeHandler: false);
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            var statuses = await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Head, endpoint);
                using var response = await http.SendAsync(request, cancel.Token).ConfigureAwait(false);
                return (int)response.StatusCode;
            })).ConfigureAwait(false);
            return new WarmUpOutcome(endpoint, connections, statuses, null);
        }
        catch (HttpRequestException e)
        {
            return new WarmUpOutcome(endpoint, connections, [], e.Message);
        }
        catch (OperationCanceledException)
        {
            return new WarmUpOutcome(endpoint, connections, [], $"no answer within {timeout.TotalSeconds:0.#} s");
        }
    }
}

