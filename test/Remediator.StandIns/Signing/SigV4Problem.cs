namespace Remediator.StandIns.Signing;

/// <summary>What is wrong with a request's signature; each stand-in answers it with its own service's error.</summary>
public enum SigV4Problem
{
    /// <summary>No <c>Authorization</c> header at all.</summary>
    MissingAuthentication,

    /// <summary>Not <c>AWS4-HMAC-SHA256</c> with Credential, SignedHeaders and Signature, or no valid <c>X-Amz-Date</c>.</summary>
    Incomplete,

    /// <summary>The credential scope names another date, region, service or terminator.</summary>
    WrongScope,

    /// <summary>The access key or the session token is not the one the stand-in knows.</summary>
    UnknownCredentials,

    /// <summary>Signed further from now than SigV4's allowance for clock skew.</summary>
    Expired,

    /// <summary>The signature is not the one recomputed from what arrived (or the signed headers are not as SigV4 wants them).</summary>
    Mismatch,
}
