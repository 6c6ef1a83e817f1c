using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Auth;

namespace Remediator.StandIns.Signing;

/// <summary>
/// Signs a hand-made request (one a test writes without the SDK, to look at the wire) with SigV4, signing only
/// <c>host</c> and <c>x-amz-date</c>, so that it gets past a stand-in's <see cref="SigV4Check"/>.
/// </summary>
public static class SigV4Signer
{
    public static async Task SignAsync(HttpRequestMessage request, ImmutableCredentials credentials, string service, string region, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var uri = request.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(request));
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        var signedAt = now.UtcDateTime;
        var amzDate = signedAt.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        KeyValuePair<string, string>[] signed = [new("host", uri.Authority), new("x-amz-date", amzDate)];
        var canonical = CanonicalRequest.Build(request.Method.Method, uri.PathAndQuery, signed, Convert.ToHexStringLower(SHA256.HashData(body)));
        var signature = AWS4Signer.ComputeSignature(
            credentials.AccessKey, credentials.SecretKey, region, signedAt, service, CanonicalRequest.SignedHeaderList(signed), canonical).Signature;
        var scope = $"{credentials.AccessKey}/{signedAt.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}/{region}/{service}/aws4_request";
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "AWS4-HMAC-SHA256", $"Credential={scope}, SignedHeaders={CanonicalRequest.SignedHeaderList(signed)}, Signature={signature}");
        request.Headers.Add("X-Amz-Date", amzDate);
    }
}
