using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Remediator.StandIns.Sqs.Protocol;

/// <summary>
/// Checks that a call is signed with Signature Version 4 for SQS, without verifying the signature itself:
/// the point is to catch a client that forgot to sign or signs for the wrong service, and to record the
/// region it signed for (the SDK silently signs for us-east-1 when it has an endpoint but no region).
/// </summary>
internal static partial class SqsSignature
{
    public const string Service = "sqs";

    /// <returns>The region named in the credential scope.</returns>
    public static string Check(HttpRequest http)
    {
        var authorization = http.Headers.Authorization.ToString();
        if (authorization.Length == 0)
        {
            throw SqsError.MissingAuthenticationToken().ToException();
        }

        var match = Sigv4Pattern().Match(authorization);
        if (!match.Success)
        {
            throw SqsError.IncompleteSignature(
                "Authorization header requires AWS4-HMAC-SHA256 with Credential, SignedHeaders and Signature.").ToException();
        }

        if (match.Groups["service"].Value != Service)
        {
            throw SqsError.IncompleteSignature(
                $"Credential should be scoped to correct service: '{Service}', not '{match.Groups["service"].Value}'.").ToException();
        }

        if (string.IsNullOrEmpty(http.Headers["X-Amz-Date"]))
        {
            throw SqsError.IncompleteSignature("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.")
                .ToException();
        }

        return match.Groups["region"].Value;
    }

    [GeneratedRegex(
        @"^AWS4-HMAC-SHA256 Credential=[^/]+/[0-9]{8}/(?<region>[a-z0-9-]+)/(?<service>[a-z0-9-]+)/aws4_request, ?SignedHeaders=[a-z0-9;-]+, ?Signature=[0-9a-f]{64}$")]
    private static partial Regex Sigv4Pattern();
}
