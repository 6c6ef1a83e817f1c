using Amazon.Runtime;

namespace Remediator.Sns.Tests.Doubles;

/// <summary>
/// Credentials that count how often the signer asks for them: once per signature, so the count tells how
/// many times requests were signed.
/// </summary>
internal sealed class CountingCredentials(ImmutableCredentials credentials) : AWSCredentials
{
    private int resolutions;

    public int Resolutions => Volatile.Read(ref resolutions);

    public override ImmutableCredentials GetCredentials()
    {
        Interlocked.Increment(ref resolutions);
        return credentials.Copy();
    }

    public override Task<ImmutableCredentials> GetCredentialsAsync() => Task.FromResult(GetCredentials());
}
