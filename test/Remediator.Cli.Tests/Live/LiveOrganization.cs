using Amazon.Runtime;
using Remediator.Network;
using Remediator.StandIns.Doubles;
using Remediator.StandIns.Ec2;
using Remediator.StandIns.Signing;
using Remediator.StandIns.Sts;

namespace Remediator.Cli.Tests.Live;

/// <summary>
/// An organization for live scans: the STS stand-in, whose member roles trust the caller's keys, and the EC2
/// stand-in, which serves each member account's world to the keys STS issues for its role; both reached through
/// the environment variables a user would set (AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL_EC2).
/// </summary>
internal sealed class LiveOrganization : IAsyncDisposable
{
    public const string Role = "RemediatorMember";

    private LiveOrganization(LiveAccount caller, StsStandIn sts)
    {
        Caller = caller;
        Sts = sts;
    }

    /// <summary>The caller's own account: its EC2 world is empty, and an organization scan never reads it.</summary>
    public LiveAccount Caller { get; }

    public Ec2StandIn Ec2 => Caller.StandIn;

    public StsStandIn Sts { get; }

    public FakeEnvironment Environment => Caller.With(("AWS_ENDPOINT_URL_STS", Sts.Url.ToString()));

    /// <summary>Runs <c>scan --role-name RemediatorMember</c> with <paramref name="args"/> (the accounts, regions, --json…).</summary>
    public Task<CliRun> ScanAsync(params string[] args) => Cli.RunAsync(Environment, ["scan", "--role-name", Role, .. args]);

    public static string RoleArn(string account) => $"arn:aws:iam::{account}:role/{Role}";

    public static async Task<LiveOrganization> StartAsync() =>
        new(await LiveAccount.StartAsync(NetworkSnapshot.Empty), await StsStandIn.StartAsync(StandInCredentials.Default));

    /// <summary>A member whose role the caller may assume (with <paramref name="externalId"/> if given) and whose network EC2 serves.</summary>
    public Ec2World AddMember(string account, NetworkSnapshot network, string? externalId = null)
    {
        var keys = new ImmutableCredentials($"ASIA{account}", $"secret-of-{account}", $"token-of-{account}");
        var world = new Ec2World(network, account);
        Sts.AddRole(RoleArn(account), externalId, keys);
        Ec2.AddAccount(keys, world);
        return world;
    }

    /// <summary>A member whose role can be assumed, but whose keys EC2 does not take (AuthFailure), as if the role lacked EC2 permissions.</summary>
    public void AddMemberEc2Refuses(string account) => Sts.AddRole(RoleArn(account));

    public async ValueTask DisposeAsync()
    {
        await Sts.DisposeAsync();
        await Caller.DisposeAsync();
    }
}
