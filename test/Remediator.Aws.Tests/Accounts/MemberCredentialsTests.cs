using Remediator.Aws.Accounts;
using Remediator.Failures;
using Remediator.StandIns.Doubles;
using Remediator.StandIns.Signing;
using Remediator.StandIns.Sts;

namespace Remediator.Aws.Tests.Accounts;

/// <summary>The member role's credentials, from the STS stand-in: one AssumeRole per account until they near expiry.</summary>
public sealed class MemberCredentialsTests : IAsyncLifetime
{
    private const string Member = "444455556666";
    private const string RoleArn = "arn:aws:iam::444455556666:role/RemediatorMember";
    private readonly ManualClock clock = new(DateTimeOffset.UtcNow);
    private StsStandIn sts = null!;

    public async Task InitializeAsync()
    {
        sts = await StsStandIn.StartAsync(StandInCredentials.Default, clock);
        sts.AddRole(RoleArn);
    }

    public async Task DisposeAsync() => await sts.DisposeAsync();

    [Fact]
    public async Task A_member_account_costs_one_AssumeRole_and_a_warm_event_for_it_none()
    {
        using var members = Members(new MemberRole("RemediatorMember", null));

        var first = await members.ForAsync("aws", Member, CancellationToken.None);
        var second = await members.ForAsync("aws", Member, CancellationToken.None);

        Assert.Same(first, second);
        Assert.StartsWith("ASIA", (await first.GetCredentialsAsync()).AccessKey, StringComparison.Ordinal);
        var call = Assert.Single(sts.Calls.All);
        Assert.Equal(("AssumeRole", RoleArn, 200), (call.Action, call.RoleArn, call.Status));
    }

    [Fact]
    public async Task Credentials_are_renewed_five_minutes_before_they_expire()
    {
        using var members = Members(new MemberRole("RemediatorMember", null));
        var first = await members.ForAsync("aws", Member, CancellationToken.None);

        clock.Advance(TimeSpan.FromMinutes(54));
        var stillValid = await members.ForAsync("aws", Member, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(2));
        var renewed = await members.ForAsync("aws", Member, CancellationToken.None);

        Assert.Same(first, stillValid);
        Assert.NotSame(first, renewed);
        Assert.Equal(2, sts.Calls.Total);
    }

    [Fact]
    public async Task Each_account_gets_its_own_role_session()
    {
        sts.AddRole("arn:aws:iam::777788889999:role/RemediatorMember");
        using var members = Members(new MemberRole("RemediatorMember", null));

        var one = await members.ForAsync("aws", Member, CancellationToken.None);
        var other = await members.ForAsync("aws", "777788889999", CancellationToken.None);

        Assert.NotEqual((await one.GetCredentialsAsync()).AccessKey, (await other.GetCredentialsAsync()).AccessKey);
    }

    [Fact]
    public async Task A_role_the_function_may_not_assume_is_access_denied_naming_the_role_and_what_to_check()
    {
        using var members = Members(new MemberRole("RemediatorMember", null));

        var error = await Assert.ThrowsAsync<OperationFailedException>(() => members.ForAsync("aws", "999900001111", CancellationToken.None));

        Assert.Equal(FailureKind.AccessDenied, error.Failure.Kind);
        Assert.Equal("sts:AssumeRole", error.Failure.Action);
        Assert.Equal("arn:aws:iam::999900001111:role/RemediatorMember", error.Failure.Resource);
        Assert.Contains("deploy the member stack", error.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_external_id_the_trust_asks_for_is_sent()
    {
        sts.AddRole("arn:aws:iam::777788889999:role/RemediatorMember", externalId: "org-7f3a");
        using var withId = Members(new MemberRole("RemediatorMember", "org-7f3a"));
        using var withoutId = Members(new MemberRole("RemediatorMember", null));

        await withId.ForAsync("aws", "777788889999", CancellationToken.None);
        var error = await Assert.ThrowsAsync<OperationFailedException>(() => withoutId.ForAsync("aws", "777788889999", CancellationToken.None));

        Assert.Equal(FailureKind.AccessDenied, error.Failure.Kind);
    }

    [Fact]
    public async Task A_throttled_AssumeRole_is_retried_by_the_SDK()
    {
        using var members = Members(new MemberRole("RemediatorMember", null));
        sts.Throttle(1);

        await members.ForAsync("aws", Member, CancellationToken.None);

        Assert.Equal(["Throttling", null], sts.Calls.All.Select(c => c.ErrorCode));
    }

    [Fact]
    public async Task After_a_refusal_the_next_event_asks_again()
    {
        using var members = Members(new MemberRole("RemediatorMember", null));
        await Assert.ThrowsAsync<OperationFailedException>(() => members.ForAsync("aws", "999900001111", CancellationToken.None));
        sts.AddRole("arn:aws:iam::999900001111:role/RemediatorMember");

        await members.ForAsync("aws", "999900001111", CancellationToken.None);

        Assert.Equal(2, sts.Calls.Total);
    }

    private MemberCredentials Members(MemberRole role) =>
        MemberCredentials.Create("eu-west-1", role, clock, serviceUrl: sts.Url, credentials: StandInCredentials.Basic());
}
