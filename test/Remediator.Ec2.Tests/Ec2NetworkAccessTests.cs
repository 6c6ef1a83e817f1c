using Remediator.Aws.Accounts;
using Remediator.Failures;
using Remediator.Ports;
using Remediator.StandIns.Signing;

namespace Remediator.Ec2.Tests;

/// <summary>Which account an event may be handled in, decided before any AWS call.</summary>
public sealed class Ec2NetworkAccessTests
{
    private const string FunctionArn = "arn:aws:lambda:eu-west-1:111122223333:function:remediator";

    [Fact]
    public async Task Without_organization_mode_an_event_of_another_account_is_refused_naming_the_account_and_the_setting()
    {
        using var access = new Ec2NetworkAccess(() => FunctionArn, "eu-west-1", members: null, TimeProvider.System, ownCredentials: StandInCredentials.Basic());

        var error = await Assert.ThrowsAsync<OperationFailedException>(
            () => access.OpenAsync(new NetworkLocation("444455556666", "us-east-1"), CancellationToken.None));

        Assert.Equal(FailureKind.Permanent, error.Failure.Kind);
        Assert.Equal("AccountNotServed", error.Failure.Code);
        Assert.Contains("account 444455556666", error.Failure.Message, StringComparison.Ordinal);
        Assert.Contains("MEMBER_ROLE_NAME", error.Failure.Message, StringComparison.Ordinal);
        Assert.Contains("111122223333", error.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_invoked_function_ARN_no_account_is_served()
    {
        using var access = new Ec2NetworkAccess(() => null, "eu-west-1", members: null, TimeProvider.System, ownCredentials: StandInCredentials.Basic());

        var error = await Assert.ThrowsAsync<OperationFailedException>(
            () => access.OpenAsync(new NetworkLocation("111122223333", "eu-west-1"), CancellationToken.None));

        Assert.Contains("cannot tell its own account", error.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_functions_own_account_is_served_with_one_client_per_region_reused_across_events()
    {
        using var access = new Ec2NetworkAccess(() => FunctionArn, "eu-west-1", members: null, TimeProvider.System, ownCredentials: StandInCredentials.Basic());

        await access.OpenAsync(new NetworkLocation("111122223333", "eu-west-1"), CancellationToken.None);
        await access.OpenAsync(new NetworkLocation("111122223333", "eu-west-1"), CancellationToken.None);
        await access.OpenAsync(new NetworkLocation("111122223333", "us-east-1"), CancellationToken.None);

        Assert.Equal(2, access.Clients);
    }

    [Theory]
    [InlineData("arn:aws:lambda:eu-west-1:111122223333:function:remediator", "aws", "111122223333")]
    [InlineData("arn:aws-cn:lambda:cn-north-1:444455556666:function:remediator:live", "aws-cn", "444455556666")]
    public void A_function_ARN_names_the_partition_and_the_account(string arn, string partition, string account) =>
        Assert.Equal(new FunctionArn(partition, account), Remediator.Aws.Accounts.FunctionArn.Parse(arn));

    [Theory]
    [InlineData(null)]
    [InlineData("arn:aws:sns:eu-west-1:111122223333:topic")]
    [InlineData("arn:aws:lambda:eu-west-1:1111:function:remediator")]
    public void Anything_else_is_no_function_ARN(string? arn) => Assert.Null(Remediator.Aws.Accounts.FunctionArn.Parse(arn));
}
