using System.Text;

namespace Remediator.StandIns.Signing;

/// <summary>
/// The SigV4 canonical request, built from what arrived on the wire, independently of the SDK's signer:
/// method, URI, sorted query, the signed headers (lower-case names, trimmed values with runs of spaces
/// collapsed), the signed header list and the hex SHA-256 of the body.
/// </summary>
public static class CanonicalRequest
{
    public static string Build(
        string method, string rawTarget, IReadOnlyList<KeyValuePair<string, string>> signedHeaders, string payloadHashHex)
    {
        ArgumentNullException.ThrowIfNull(rawTarget);
        ArgumentNullException.ThrowIfNull(signedHeaders);
        var question = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? rawTarget : rawTarget[..question];
        var query = question < 0 ? "" : rawTarget[(question + 1)..];
        var headers = new StringBuilder();
        foreach (var (name, value) in signedHeaders)
        {
            headers.Append(name.ToLowerInvariant()).Append(':').Append(Collapse(value)).Append('\n');
        }

        return string.Join('\n',
            method.ToUpperInvariant(), Uri(path), Query(query), headers.ToString(), SignedHeaderList(signedHeaders), payloadHashHex);
    }

    public static string SignedHeaderList(IEnumerable<KeyValuePair<string, string>> signedHeaders) =>
        string.Join(';', signedHeaders.Select(h => h.Key.ToLowerInvariant()));

    private static string Uri(string path) => path.Length == 0
        ? "/"
        : string.Join('/', path.Split('/').Select(segment => System.Uri.EscapeDataString(System.Uri.UnescapeDataString(segment))));

    private static string Query(string query) => string.Join('&', query
        .Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(pair => pair.Split('=', 2))
        .Select(parts => (Name: Encode(parts[0]), Value: Encode(parts.Length > 1 ? parts[1] : "")))
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .ThenBy(p => p.Value, StringComparer.Ordinal)
        .Select(p => $"{p.Name}={p.Value}"));

    private static string Encode(string component) =>
        System.Uri.EscapeDataString(System.Uri.UnescapeDataString(component.Replace('+', ' ')));

    private static string Collapse(string value) =>
        string.Join(' ', value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
