using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Remediator.StandIns.Hosting;

/// <summary>
/// A request exactly as it arrived, before anything is parsed: what a SigV4 check recomputes the signature
/// from (the raw target, the headers, and the body's own bytes).
/// </summary>
/// <param name="Headers">Multi-valued headers joined with commas; names compared case-insensitively.</param>
public sealed record ReceivedRequest(string Method, string RawTarget, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public static async Task<ReceivedRequest> ReadAsync(HttpContext http, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, cancel).ConfigureAwait(false);
        return new ReceivedRequest(
            http.Request.Method,
            http.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            buffer.ToArray());
    }

    public string? Header(string name) => Headers.GetValueOrDefault(name);
}
