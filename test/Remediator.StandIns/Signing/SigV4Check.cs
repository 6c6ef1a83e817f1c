using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Auth;
using Remediator.StandIns.Hosting;

namespace Remediator.StandIns.Signing;

/// <summary>
/// Verifies a request's Signature Version 4 the way AWS services do, against the one set of credentials a
/// stand-in knows: the credential scope (access key, date, region, service, <c>aws4_request</c>), the session
/// token, the time, and the signature itself, recomputed with
/// <see cref="AWS4Signer.ComputeSignature(string, string, string, DateTime, string, string, string)"/> from a
/// canonical request built here from the bytes received (the body is hashed, never taken from
/// <c>X-Amz-Content-SHA256</c>). Used by the EC2, SNS and SQS stand-ins alike; each answers a
/// <see cref="SigV4Exception"/> in its own service's words.
/// </summary>
/// <param name="service">The service the scope must name: <c>ec2</c>, <c>sns</c>, <c>sqs</c>.</param>
/// <param name="region">The region the scope must name, or <c>null</c> to accept the one it names (and record it).</param>
public sealed partial class SigV4Check(ImmutableCredentials credentials, string service, string? region, TimeProvider clock)
{
    /// <summary>SigV4's allowance for clock skew between the signer and the service.</summary>
    private static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(15);

    /// <returns>The region the request was signed for.</returns>
    /// <exception cref="SigV4Exception">The request is not correctly signed by the known credentials.</exception>
    public string Verify(ReceivedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Header("Authorization") is not { Length: > 0 } authorization)
        {
            throw new SigV4Exception(SigV4Problem.MissingAuthentication, "Request is missing Authentication Token");
        }

        var parts = AuthorizationPattern().Match(authorization);
        if (!parts.Success)
        {
            throw new SigV4Exception(
                SigV4Problem.Incomplete, "Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters with AWS4-HMAC-SHA256.");
        }

        if (parts.Groups["key"].Value != credentials.AccessKey)
        {
            throw new SigV4Exception(SigV4Problem.UnknownCredentials, "The security token included in the request is invalid.");
        }

        var signedAt = SignedAt(request);
        var signedRegion = CheckScope(parts, signedAt);
        CheckSessionToken(request, parts.Groups["signed"].Value);
        var signed = SignedHeaders(parts.Groups["signed"].Value, request);
        var canonical = CanonicalRequest.Build(
            request.Method, request.RawTarget, signed, Convert.ToHexStringLower(SHA256.HashData(request.Body)));
        var expected = AWS4Signer.ComputeSignature(
            credentials.AccessKey, credentials.SecretKey, signedRegion, signedAt, service, CanonicalRequest.SignedHeaderList(signed), canonical).Signature;
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parts.Groups["signature"].Value)))
        {
            throw new SigV4Exception(
                SigV4Problem.Mismatch,
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.");
        }

        return signedRegion;
    }

    private DateTime SignedAt(ReceivedRequest request)
    {
        if (request.Header("X-Amz-Date") is not { } text
            || !DateTime.TryParseExact(text, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var signedAt))
        {
            throw new SigV4Exception(SigV4Problem.Incomplete, "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }

        if ((clock.GetUtcNow().UtcDateTime - signedAt).Duration() > MaxSkew)
        {
            throw new SigV4Exception(SigV4Problem.Expired, $"Signature expired: {text} is now earlier than the allowed skew.");
        }

        return signedAt;
    }

    /// <returns>The region of the scope.</returns>
    private string CheckScope(Match parts, DateTime signedAt)
    {
        var date = signedAt.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var scopeRegion = parts.Groups["region"].Value;
        var problem = (parts.Groups["date"].Value, scopeRegion, parts.Groups["service"].Value, parts.Groups["terminator"].Value) switch
        {
            var (d, _, _, _) when d != date => $"Credential should be scoped to a valid date: '{d}' is not '{date}'.",
            var (_, r, _, _) when region is not null && r != region => $"Credential should be scoped to a valid region: '{r}' is not '{region}'.",
            var (_, r, _, _) when !RegionPattern().IsMatch(r) => $"Credential should be scoped to a valid region, not '{r}'.",
            var (_, _, s, _) when s != service => $"Credential should be scoped to correct service: '{service}', not '{s}'.",
            var (_, _, _, t) when t != "aws4_request" => $"Credential should be scoped with a valid terminator: 'aws4_request', not '{t}'.",
            _ => null,
        };
        return problem is null ? scopeRegion : throw new SigV4Exception(SigV4Problem.WrongScope, problem);
    }

    private void CheckSessionToken(ReceivedRequest request, string signedList)
    {
        var sent = request.Header("X-Amz-Security-Token");
        var isSigned = signedList.Split(';').Contains("x-amz-security-token", StringComparer.Ordinal);
        var expected = credentials.UseToken ? credentials.Token : null;
        if (sent != expected || (sent is not null && !isSigned))
        {
            throw new SigV4Exception(SigV4Problem.UnknownCredentials, "The security token included in the request is invalid.");
        }
    }

    private static List<KeyValuePair<string, string>> SignedHeaders(string signedList, ReceivedRequest request)
    {
        var names = signedList.Split(';');
        if (!names.Contains("host", StringComparer.Ordinal) || !names.Contains("x-amz-date", StringComparer.Ordinal))
        {
            throw new SigV4Exception(SigV4Problem.Mismatch, "'Host' and 'X-Amz-Date' must be signed headers.");
        }

        if (!names.SequenceEqual(names.Order(StringComparer.Ordinal)))
        {
            throw new SigV4Exception(SigV4Problem.Mismatch, "SignedHeaders must be sorted.");
        }

        return [.. names.Select(name => request.Header(name) is { } value
            ? new KeyValuePair<string, string>(name, value)
            : throw new SigV4Exception(SigV4Problem.Mismatch, $"The signed header '{name}' is not in the request."))];
    }

    [GeneratedRegex(
        "^AWS4-HMAC-SHA256 Credential=(?<key>[^/]+)/(?<date>[0-9]{8})/(?<region>[^/]+)/(?<service>[^/]+)/(?<terminator>[^,]+), ?SignedHeaders=(?<signed>[a-z0-9;-]+), ?Signature=(?<signature>[0-9a-f]{64})$")]
    private static partial Regex AuthorizationPattern();

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex RegionPattern();
}
