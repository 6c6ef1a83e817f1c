using Remediator.Network;
using Remediator.StandIns.Doubles;
using Remediator.StandIns.Ec2;
using Remediator.StandIns.Signing;

namespace Remediator.Cli.Tests.Live;

/// <summary>
/// An "account" for live runs: the EC2 stand-in on loopback, reached through the same environment variables
/// a user would set for LocalStack (AWS_ENDPOINT_URL_EC2), with access keys and a region.
/// </summary>
internal sealed class LiveAccount : IAsyncDisposable
{
    private LiveAccount(Ec2StandIn standIn) => StandIn = standIn;

    public Ec2StandIn StandIn { get; }

    public const string AccessKey = StandInCredentials.AccessKey;
    public const string SecretKey = StandInCredentials.SecretKey;

    public FakeEnvironment Environment => With();

    public FakeEnvironment With(params (string Name, string Value)[] more)
    {
        var variables = new Dictionary<string, string>
        {
            ["AWS_ENDPOINT_URL_EC2"] = StandIn.Url.ToString(),
            ["AWS_ACCESS_KEY_ID"] = AccessKey,
            ["AWS_SECRET_ACCESS_KEY"] = SecretKey,
            ["AWS_REGION"] = "eu-west-1",
        };
        foreach (var (name, value) in more)
        {
            variables[name] = value;
        }

        return new FakeEnvironment(variables);
    }

    public int MutatingCalls => StandIn.Calls.Count("ReplaceRoute") + StandIn.Calls.Count("CreateEgressOnlyInternetGateway");

    public static async Task<LiveAccount> StartAsync(NetworkSnapshot world) => new(await Ec2StandIn.StartAsync(new Ec2World(world)));

    public ValueTask DisposeAsync() => StandIn.DisposeAsync();
}
