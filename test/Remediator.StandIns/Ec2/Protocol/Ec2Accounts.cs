using System.Collections.Concurrent;
using Amazon.Runtime;
using Remediator.StandIns.Ec2.Actions;
using Remediator.StandIns.Hosting;
using Remediator.StandIns.Signing;

namespace Remediator.StandIns.Ec2.Protocol;

/// <summary>
/// The accounts the EC2 stand-in serves, told apart as EC2 does, by the access key that signed the call: the
/// default world answers the stand-in's own keys (and any key it does not know, which the signature check
/// then refuses); a world added for a member account answers the keys STS issued for its role.
/// </summary>
internal sealed class Ec2Accounts(Ec2World world, SigV4Check signature, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Ec2Account> byAccessKey = new(StringComparer.Ordinal);

    public Ec2Account Default { get; } = new(world, signature);

    public void Add(ImmutableCredentials keys, Ec2World memberWorld) =>
        byAccessKey[keys.AccessKey] = new Ec2Account(memberWorld, new SigV4Check(keys, "ec2", region: null, clock));

    public Ec2Account For(ReceivedRequest request) =>
        AccessKeyOf(request.Header("Authorization")) is { } key && byAccessKey.TryGetValue(key, out var account) ? account : Default;

    /// <summary><c>AWS4-HMAC-SHA256 Credential=AKID/20261201/us-east-1/ec2/aws4_request, …</c> → <c>AKID</c>.</summary>
    private static string? AccessKeyOf(string? authorization)
    {
        const string marker = "Credential=";
        var at = authorization?.IndexOf(marker, StringComparison.Ordinal) ?? -1;
        if (at < 0)
        {
            return null;
        }

        var start = at + marker.Length;
        var end = authorization!.IndexOf('/', start);
        return end > start ? authorization[start..end] : null;
    }
}

/// <summary>One account's world, the check of the keys that may call it, and its actions.</summary>
internal sealed record Ec2Account(Ec2World World, SigV4Check Signature)
{
    public IReadOnlyDictionary<string, IEc2Action> Actions { get; } = Ec2Actions.For(World.AccountId);
}
