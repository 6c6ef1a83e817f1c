using Remediator.Network;

namespace Remediator.Aws.Accounts;

/// <summary>
/// The function's own partition and account, read from its ARN (the Runtime API's
/// <c>Lambda-Runtime-Invoked-Function-Arn</c>, <c>arn:aws:lambda:eu-west-1:111122223333:function:name</c>),
/// so that no call is needed to know which events are its own.
/// </summary>
public sealed record FunctionArn(string Partition, string Account)
{
    public static FunctionArn? Parse(string? arn) =>
        arn?.Split(':') is ["arn", { Length: > 0 } partition, "lambda", _, var account, "function", ..] && AwsNames.IsAccountId(account)
            ? new FunctionArn(partition, account)
            : null;
}
