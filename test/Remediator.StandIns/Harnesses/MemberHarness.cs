using Remediator.Aws.Accounts;
using Remediator.Ec2;
using Remediator.Handling;
using Remediator.Network;
using Remediator.Planning;
using Remediator.StandIns.Doubles;
using Remediator.StandIns.Ec2;
using Remediator.StandIns.Hosting;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Signing;
using Remediator.StandIns.Sts;

namespace Remediator.StandIns.Harnesses;

/// <summary>
/// Organization mode in process: the real handler on <see cref="Ec2NetworkAccess"/> with
/// <see cref="MemberCredentials"/>, composed as the function composes them. The function's own account is the EC2
/// stand-in's default world; a member account's events assume its role through the STS stand-in and are read and
/// fixed in the member's world. The EC2 tests and the calls benchmark both run on it.
/// </summary>
public sealed class MemberHarness : IAsyncDisposable
{
    private const string FunctionArn = $"arn:aws:lambda:{SampleEvents.Region}:{SampleEvents.Account}:function:remediator";

    private readonly Ec2NetworkAccess access;

    private MemberHarness(Ec2StandIn standIn, MemberAccountStandIns member)
    {
        StandIn = standIn;
        Member = member;
        var role = new MemberRole(MemberAccountStandIns.RoleName, ExternalId: null);
        access = new Ec2NetworkAccess(
            () => FunctionArn,
            SampleEvents.Region,
            MemberCredentials.Create(SampleEvents.Region, role, TimeProvider.System, serviceUrl: member.Sts.Url, credentials: StandInCredentials.Basic()),
            TimeProvider.System,
            ownCredentials: StandInCredentials.Basic(),
            serviceUrl: standIn.Url);
        Handler = Doubles.Handler(access, Mode.Remediate);
    }

    public HandlerDoubles Doubles { get; } = new();

    /// <summary>EC2, for the function's own account and the member's.</summary>
    public Ec2StandIn StandIn { get; }

    public MemberAccountStandIns Member { get; }

    public StsStandIn Sts => Member.Sts;

    public RemediationHandler Handler { get; }

    /// <param name="own">The function's own account's network.</param>
    /// <param name="member">The member account's network.</param>
    public static async Task<MemberHarness> StartAsync(NetworkSnapshot own, NetworkSnapshot member)
    {
        var standIn = await Ec2StandIn.StartAsync(new Ec2World(own)).ConfigureAwait(false);
        return new MemberHarness(standIn, await MemberAccountStandIns.StartAsync(StandInCredentials.Default, standIn, member).ConfigureAwait(false));
    }

    public Task<HandlingResult> HandleAsync(string eventJson) => Handler.HandleAsync(eventJson, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        access.Dispose();
        await Member.DisposeAsync().ConfigureAwait(false);
        await StandIn.DisposeAsync().ConfigureAwait(false);
    }
}
