using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Auth;

namespace Remediator.StandIns.Sns;

/// <summary>
/// Verifies a request's Signature Version 4 the way SNS does, against the one set of credentials the stand-in
/// knows: the credential scope (access key, date, region, <c>sns</c>, <c>aws4_request</c>), the session token,
/// the time, and the signature itself, recomputed with <see cref="AWS4Signer.ComputeSignature(string, string, string, DateTime, string, string, string)"/>
/// from a canonical request built here from the bytes received (the body is hashed, never taken from
/// <c>X-Amz-Content-SHA256</c>).
/// </summary>
public sealed partial class SigV4Check(ImmutableCredentials credentials, string region, TimeProvider clock)
{
    public const string Service = "sns";

    /// <summary>SigV4's allowance for clock skew between the signer and the service.</summary>
    private static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(15);

    /// <exception cref="SnsStandInException">The request is not correctly signed by the known credentials.</exception>
    public void Verify(string method, string rawTarget, IReadOnlyDictionary<string, string> headers, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (!headers.TryGetValue("Authorization", out var authorization))
        {
            throw SnsStandInError.MissingAuthenticationToken().ToException();
        }

        var parts = AuthorizationPattern().Match(authorization);
        if (!parts.Success)
        {
            throw SnsStandInError.IncompleteSignature(
                "Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters with AWS4-HMAC-SHA256.").ToException();
        }

        if (parts.Groups["key"].Value != credentials.AccessKey)
        {
            throw SnsStandInError.InvalidClientTokenId().ToException();
        }

        var signedAt = SignedAt(headers);
        CheckScope(parts, signedAt);
        CheckSessionToken(headers, parts.Groups["signed"].Value);
        var signed = SignedHeaders(parts.Groups["signed"].Value, headers);
        var canonical = CanonicalRequest.Build(method, rawTarget, signed, Convert.ToHexStringLower(SHA256.HashData(body)));
        var expected = AWS4Signer.ComputeSignature(
            credentials.AccessKey, credentials.SecretKey, region, signedAt, Service, CanonicalRequest.SignedHeaderList(signed), canonical).Signature;
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parts.Groups["signature"].Value)))
        {
            throw SnsStandInError.SignatureDoesNotMatch(
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.")
                .ToException();
        }
    }

    private DateTime SignedAt(IReadOnlyDictionary<string, string> headers)
    {
        if (!headers.TryGetValue("X-Amz-Date", out var text)
            || !DateTime.TryParseExact(text, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var signedAt))
        {
            throw SnsStandInError.IncompleteSignature("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.")
                .ToException();
        }

        if ((clock.GetUtcNow().UtcDateTime - signedAt).Duration() > MaxSkew)
        {
            throw SnsStandInError.SignatureDoesNotMatch($"Signature expired: {text} is now earlier than the allowed skew.").ToException();
        }

        return signedAt;
    }

    private void CheckScope(Match parts, DateTime signedAt)
    {
        var date = signedAt.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var problem = (parts.Groups["date"].Value, parts.Groups["region"].Value, parts.Groups["service"].Value, parts.Groups["terminator"].Value) switch
        {
            var (d, _, _, _) when d != date => $"Credential should be scoped to a valid date: '{d}' is not '{date}'.",
            var (_, r, _, _) when r != region => $"Credential should be scoped to a valid region: '{r}' is not '{region}'.",
            var (_, _, s, _) when s != Service => $"Credential should be scoped to correct service: '{Service}', not '{s}'.",
            var (_, _, _, t) when t != "aws4_request" => $"Credential should be scoped with a valid terminator: 'aws4_request', not '{t}'.",
            _ => null,
        };
        if (problem is not null)
        {
            throw SnsStandInError.SignatureDoesNotMatch(problem).ToException();
        }
    }

    private void CheckSessionToken(IReadOnlyDictionary<string, string> headers, string signedList)
    {
        var sent = headers.GetValueOrDefault("X-Amz-Security-Token");
        var isSigned = signedList.Split(';').Contains("x-amz-security-token", StringComparer.Ordinal);
        var expected = credentials.UseToken ? credentials.Token : null;
        if (sent != expected || (sent is not null && !isSigned))
        {
            throw SnsStandInError.InvalidClientTokenId().ToException();
        }
    }

    private static List<KeyValuePair<string, string>> SignedHeaders(string signedList, IReadOnlyDictionary<string, string> headers)
    {
        var names = signedList.Split(';');
        if (!names.Contains("host", StringComparer.Ordinal) || !names.Contains("x-amz-date", StringComparer.Ordinal))
        {
            throw SnsStandInError.SignatureDoesNotMatch("'Host' and 'X-Amz-Date' must be signed headers.").ToException();
        }

        if (!names.SequenceEqual(names.Order(StringComparer.Ordinal)))
        {
            throw SnsStandInError.SignatureDoesNotMatch("SignedHeaders must be sorted.").ToException();
        }

        return [.. names.Select(name => headers.TryGetValue(name, out var value)
            ? new KeyValuePair<string, string>(name, value)
            : throw SnsStandInError.SignatureDoesNotMatch($"The signed header '{name}' is not in the request.").ToException())];
    }

    [GeneratedRegex(
        "^AWS4-HMAC-SHA256 Credential=(?<key>[^/]+)/(?<date>[0-9]{8})/(?<region>[^/]+)/(?<service>[^/]+)/(?<terminator>[^,]+), ?SignedHeaders=(?<signed>[a-z0-9;-]+), ?Signature=(?<signature>[0-9a-f]{64})$")]
    private static partial Regex AuthorizationPattern();
}
