using Amazon.Runtime;
using Remediator.Network;
using Remediator.StandIns.Ec2;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Sts;

namespace Remediator.StandIns.Hosting;

/// <summary>
/// A member account of the organization, for organization mode: an STS stand-in that lets the function's keys
/// assume <see cref="RoleName"/> in <see cref="Account"/> and issues <see cref="Keys"/> for it, to which the EC2
/// stand-in serves the member's own world. Events forwarded from there name <see cref="Account"/> and
/// <see cref="Region"/>.
/// </summary>
public sealed class MemberAccountStandIns : IAsyncDisposable
{
    public const string Account = "444455556666";
    public const string Region = "us-east-1";
    public const string RoleName = "RemediatorMember";
    public const string RoleArn = $"arn:aws:iam::{Account}:role/{RoleName}";

    private MemberAccountStandIns(StsStandIn sts, Ec2World world)
    {
        Sts = sts;
        World = world;
    }

    /// <summary>What STS issues for the member role: the keys the EC2 stand-in serves the member's world to.</summary>
    public static ImmutableCredentials Keys { get; } = new("ASIAMEMBEREXAMPLE001", "member-secret-key", "member-session-token");

    public StsStandIn Sts { get; }

    /// <summary>The member account's network, apart from the function's own.</summary>
    public Ec2World World { get; }

    /// <param name="functionKeys">The function's own keys, which the member role trusts.</param>
    /// <param name="ec2">The EC2 stand-in that serves the member's world besides its own.</param>
    /// <param name="sts">How STS is reached: plain HTTP by default.</param>
    public static async Task<MemberAccountStandIns> StartAsync(ImmutableCredentials functionKeys, Ec2StandIn ec2, NetworkSnapshot world, ServerTransport? sts = null)
    {
        ArgumentNullException.ThrowIfNull(ec2);
        var stsStandIn = await StsStandIn.StartAsync(functionKeys, transport: sts).ConfigureAwait(false);
        var member = new Ec2World(world, Account);
        stsStandIn.AddRole(RoleArn, issues: Keys);
        ec2.AddAccount(Keys, member);
        return new MemberAccountStandIns(stsStandIn, member);
    }

    /// <summary>A sample event as the member's forwarding rule delivers it: envelope and CloudTrail record in <see cref="Account"/> and <see cref="Region"/>.</summary>
    /// <param name="inTheFunctionsRegion">The member's event is of the function's own region (<see cref="SampleEvents.Region"/>), not of <see cref="Region"/>.</param>
    public static string Forwarded(string eventJson, bool inTheFunctionsRegion = false)
    {
        ArgumentNullException.ThrowIfNull(eventJson);
        var fromMember = eventJson.Replace(SampleEvents.Account, Account, StringComparison.Ordinal);
        return inTheFunctionsRegion ? fromMember : fromMember.Replace(SampleEvents.Region, Region, StringComparison.Ordinal);
    }

    /// <summary>Organization mode on, in the function's environment: the member role's name, and STS here.</summary>
    public void Configure(IDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        environment["MEMBER_ROLE_NAME"] = RoleName;
        environment["AWS_ENDPOINT_URL_STS"] = Sts.Url.ToString();
    }

    public ValueTask DisposeAsync() => Sts.DisposeAsync();
}
