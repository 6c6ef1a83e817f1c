using Remediator.StandIns.Hosting;

namespace Remediator.Benchmarks.ColdStart;

/// <summary>What one cold start runs: a build, and the event it is woken for, in single-account or organization mode.</summary>
/// <param name="OrganizationMode">MEMBER_ROLE_NAME is set, and an STS stand-in lets the function's role assume the member role.</param>
/// <param name="FromMember">The event was forwarded from a member account in another region; otherwise it is the function's own account's.</param>
internal sealed record ColdStartVariant(string Name, FunctionBuild Build, bool OrganizationMode = false, bool FromMember = false)
{
    /// <summary>The two builds (BENCHMARKS.md §1), on the CreateRoute sample of the function's own account and region.</summary>
    public static IReadOnlyList<ColdStartVariant> Builds(FunctionBuild native, FunctionBuild managed) => [new(native.Name, native), new(managed.Name, managed)];

    /// <summary>What organization mode costs on one build: the same event in single-account mode, forwarded from a member, and the own account's with the mode on.</summary>
    public static IReadOnlyList<ColdStartVariant> Organization(FunctionBuild build) =>
    [
        new("single account", build),
        new($"organization mode, member event ({MemberAccountStandIns.Account}, {MemberAccountStandIns.Region})", build, OrganizationMode: true, FromMember: true),
        new("organization mode, own account's event", build, OrganizationMode: true),
    ];
}
