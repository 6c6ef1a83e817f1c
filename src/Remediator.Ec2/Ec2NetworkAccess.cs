using System.Collections.Concurrent;
using Amazon.EC2;
using Amazon.Runtime;
using Remediator.Aws.Accounts;
using Remediator.Aws.Reporting;
using Remediator.Ec2.Acting;
using Remediator.Ec2.Reading;
using Remediator.Failures;
using Remediator.Ports;

namespace Remediator.Ec2;

/// <summary>
/// The network of the account and region an event names. The function's own account is read with its own
/// credentials; another account, in organization mode, with the member role's (one STS call per account until
/// the credentials near expiry). Clients are kept per account and region, so a warm invocation makes no set-up.
/// </summary>
/// <param name="functionArn">The invoked function's ARN, which names its own account and partition.</param>
/// <param name="members">Absent: organization mode is off and only the function's own account is served.</param>
/// <param name="ownCredentials">Absent: the SDK's default chain (in Lambda, the function role's keys in its environment).</param>
public sealed class Ec2NetworkAccess(
    Func<string?> functionArn, MemberCredentials? members, TimeProvider clock, CallReporter? calls = null, AWSCredentials? ownCredentials = null)
    : INetworkAccess, IDisposable
{
    private readonly ConcurrentDictionary<NetworkLocation, Client> clients = new();

    /// <summary>How many clients are kept: one per account and region seen.</summary>
    internal int Clients => clients.Count;

    public async Task<NetworkConnection> OpenAsync(NetworkLocation location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        var own = FunctionArn.Parse(functionArn()) ?? throw NotServed(location, "the function cannot tell its own account: Lambda sent no invoked function ARN");
        var credentials = ownCredentials;
        if (location.Account != own.Account)
        {
            credentials = members is null
                ? throw NotServed(location, $"this function serves only its own account {own.Account}. To protect account {location.Account}, " +
                                            "deploy the member stack (member-account.yaml) there and set the template parameter MemberRoleName (MEMBER_ROLE_NAME)")
                : await members.ForAsync(own.Partition, location.Account, cancellationToken).ConfigureAwait(false);
        }

        var client = clients.AddOrUpdate(
            location,
            _ => Client.For(location.Region, credentials, calls),
            (_, held) => ReferenceEquals(held.Credentials, credentials) ? held : held.Replaced(location.Region, credentials, calls));
        return new NetworkConnection(new Ec2NetworkReader(client.Ec2), new Ec2PlanExecutor(client.Ec2, clock));
    }

    public void Dispose()
    {
        foreach (var client in clients.Values)
        {
            client.Ec2.Dispose();
        }

        members?.Dispose();
    }

    private static OperationFailedException NotServed(NetworkLocation location, string why) => new(new OperationFailure(
        FailureKind.Permanent, "remediator:OpenAccount", $"{location.Account}/{location.Region}", "AccountNotServed", why + "."));

    /// <param name="Credentials">Absent: the function's own (the SDK's default chain).</param>
    private sealed record Client(IAmazonEC2 Ec2, AWSCredentials? Credentials)
    {
        public static Client For(string region, AWSCredentials? credentials, CallReporter? calls) =>
            new(Ec2ClientFactory.Create(region, credentials: credentials, calls: calls), credentials);

        /// <summary>Renewed member credentials: a new client signs with them; Lambda handles one event at a time, so the old one is idle.</summary>
        public Client Replaced(string region, AWSCredentials? credentials, CallReporter? calls)
        {
            Ec2.Dispose();
            return For(region, credentials, calls);
        }
    }
}
