using System.Collections.Concurrent;
using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;
using Remediator.Aws.Accounts;
using Remediator.Aws.Connections;
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
/// All of them call through one connection pool: connections belong to an endpoint, not to credentials, so a
/// member account's event in a region whose connections are open (the home region's, warmed at init) uses them.
/// </summary>
/// <param name="functionArn">The invoked function's ARN, which names its own account and partition.</param>
/// <param name="homeRegion">The function's own region: its client is made now, at init, not inside the first event's exposure window.</param>
/// <param name="members">Absent: organization mode is off and only the function's own account is served.</param>
/// <param name="ownCredentials">Absent: the SDK's default chain (in Lambda, the function role's keys in its environment).</param>
/// <param name="serviceUrl">For tests and benchmarks, every client's endpoint; absent: the SDK's (<c>AWS_ENDPOINT_URL_EC2</c> honoured).</param>
public sealed class Ec2NetworkAccess : INetworkAccess, IDisposable
{
    private readonly Func<string?> functionArn;
    private readonly MemberCredentials? members;
    private readonly TimeProvider clock;
    private readonly CallReporter? calls;
    private readonly AWSCredentials? ownCredentials;
    private readonly Uri? serviceUrl;

    /// <summary>The function's own account, by region: the account is known only once an invocation names it.</summary>
    private readonly ConcurrentDictionary<string, IAmazonEC2> own = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<NetworkLocation, Client> memberClients = new();

    /// <summary>The connection pool of every client, which <see cref="WarmUpAsync"/> opens connections in.</summary>
    private readonly SocketsHttpHandler transport = AwsTransport.Create();

    private readonly string homeRegion;

    public Ec2NetworkAccess(
        Func<string?> functionArn,
        string homeRegion,
        MemberCredentials? members,
        TimeProvider clock,
        CallReporter? calls = null,
        AWSCredentials? ownCredentials = null,
        Uri? serviceUrl = null)
    {
        this.functionArn = functionArn;
        this.members = members;
        this.clock = clock;
        this.calls = calls;
        this.ownCredentials = ownCredentials;
        this.serviceUrl = serviceUrl;
        this.homeRegion = homeRegion;
        own[homeRegion] = OwnClient(homeRegion);
    }

    /// <summary>
    /// Opens <paramref name="connections"/> connections to the home region's endpoint, ahead of the event most
    /// likely to come: one of the function's own account and region. Never throws (see <see cref="ConnectionWarmUp"/>).
    /// </summary>
    public Task<WarmUpOutcome> WarmUpAsync(int connections, TimeSpan timeout)
    {
        Uri endpoint;
        try
        {
            endpoint = new Uri(own[homeRegion].DetermineServiceOperationEndpoint(new DescribeRouteTablesRequest()).URL);
        }
        catch (AmazonClientException e)
        {
            return Task.FromResult(new WarmUpOutcome(new Uri("unresolved:ec2"), connections, [], e.Message));
        }

        return ConnectionWarmUp.OpenAsync(transport, endpoint, connections, timeout);
    }

    /// <summary>How many clients are kept: one per account and region seen.</summary>
    internal int Clients => own.Count + memberClients.Count;

    public async Task<NetworkConnection> OpenAsync(NetworkLocation location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        var self = FunctionArn.Parse(functionArn()) ?? throw NotServed(location, "the function cannot tell its own account: Lambda sent no invoked function ARN");
        var ec2 = location.Account == self.Account
            ? own.GetOrAdd(location.Region, OwnClient)
            : await MemberClientAsync(self, location, cancellationToken).ConfigureAwait(false);
        return new NetworkConnection(new Ec2NetworkReader(ec2), new Ec2PlanExecutor(ec2, clock));
    }

    public void Dispose()
    {
        foreach (var ec2 in own.Values.Concat(memberClients.Values.Select(c => c.Ec2)))
        {
            ec2.Dispose();
        }

        members?.Dispose();
        transport.Dispose();
    }

    private IAmazonEC2 OwnClient(string region) => Ec2ClientFactory.Create(region, serviceUrl, ownCredentials, calls, transport);

    private async Task<IAmazonEC2> MemberClientAsync(FunctionArn self, NetworkLocation location, CancellationToken cancellationToken)
    {
        var credentials = members is null
            ? throw NotServed(location, $"this function serves only its own account {self.Account}. To protect account {location.Account}, " +
                                        "deploy the member stack (member-account.yaml) there and set the template parameter MemberRoleName (MEMBER_ROLE_NAME)")
            : await members.ForAsync(self.Partition, location.Account, cancellationToken).ConfigureAwait(false);
        return memberClients.AddOrUpdate(
            location,
            _ => Client.For(location.Region, serviceUrl, credentials, calls, transport),
            (_, held) => ReferenceEquals(held.Credentials, credentials) ? held : held.Replaced(location.Region, serviceUrl, credentials, calls, transport)).Ec2;
    }

    private static OperationFailedException NotServed(NetworkLocation location, string why) => new(new OperationFailure(
        FailureKind.Permanent, "remediator:OpenAccount", $"{location.Account}/{location.Region}", "AccountNotServed", why + "."));

    /// <summary>A member account's client, and the credentials it signs with.</summary>
    private sealed record Client(IAmazonEC2 Ec2, AWSCredentials Credentials)
    {
        public static Client For(string region, Uri? serviceUrl, AWSCredentials credentials, CallReporter? calls, HttpMessageHandler transport) =>
            new(Ec2ClientFactory.Create(region, serviceUrl, credentials, calls, transport), credentials);

        /// <summary>Renewed member credentials: a new client signs with them; Lambda handles one event at a time, so the old one is idle.</summary>
        public Client Replaced(string region, Uri? serviceUrl, AWSCredentials credentials, CallReporter? calls, HttpMessageHandler transport)
        {
            Ec2.Dispose();
            return For(region, serviceUrl, credentials, calls, transport);
        }
    }
}
