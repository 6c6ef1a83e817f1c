using Amazon.Runtime;

namespace Remediator.StandIns.Signing;

/// <summary>
/// The keys stand-ins accept unless a test names others: AWS's documentation example keys, without a session
/// token. Clients pointed at a stand-in sign with them.
/// </summary>
public static class StandInCredentials
{
    public const string AccessKey = "AKIDEXAMPLE";
    public const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    public static ImmutableCredentials Default { get; } = new(AccessKey, SecretKey, null);

    /// <summary>The same keys as the SDK's clients take them.</summary>
    public static BasicAWSCredentials Basic() => new(AccessKey, SecretKey);
}
