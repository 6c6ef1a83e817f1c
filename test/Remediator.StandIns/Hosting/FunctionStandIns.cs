using Amazon.Runtime;
using Remediator.Network;
using Remediator.StandIns.Ec2;
using Remediator.StandIns.LambdaRuntime;
using Remediator.StandIns.Signing;
using Remediator.StandIns.Sns;
using Remediator.StandIns.Sqs;

namespace Remediator.StandIns.Hosting;

/// <summary>
/// Everything the function's process talks to, on loopback: the Runtime API, EC2 (answering from a world),
/// SNS (with a topic) and SQS, all accepting only the function role's keys; and the environment Lambda
/// would give the process to reach them.
/// </summary>
public sealed class FunctionStandIns : IAsyncDisposable
{
    public const string Region = "eu-west-1";

    private FunctionStandIns(RuntimeApiStandIn runtime, Ec2StandIn ec2, SnsStandIn sns, SqsStandIn sqs)
    {
        Runtime = runtime;
        Ec2 = ec2;
        Sns = sns;
        Sqs = sqs;
        TopicArn = sns.Topics.Create("remediator");
    }

    /// <summary>The function role's keys, with the session token Lambda gives a role.</summary>
    public static ImmutableCredentials RoleKeys { get; } =
        new(StandInCredentials.AccessKey, StandInCredentials.SecretKey, "session-token-of-the-function-role");

    public RuntimeApiStandIn Runtime { get; }

    public Ec2StandIn Ec2 { get; }

    public SnsStandIn Sns { get; }

    public SqsStandIn Sqs { get; }

    public string TopicArn { get; }

    /// <param name="aws">How EC2, SNS and SQS are reached: plain HTTP by default. The Runtime API is plain HTTP on loopback, as in Lambda.</param>
    public static async Task<FunctionStandIns> StartAsync(NetworkSnapshot world, ServerTransport? aws = null)
    {
        var runtime = await RuntimeApiStandIn.StartAsync().ConfigureAwait(false);
        var ec2 = await Ec2StandIn.StartAsync(new Ec2World(world), RoleKeys, transport: aws).ConfigureAwait(false);
        var sns = await SnsStandIn.StartAsync(RoleKeys, Region, aws).ConfigureAwait(false);
        var sqs = await SqsStandIn.StartAsync(credentials: RoleKeys, transport: aws).ConfigureAwait(false);
        return new FunctionStandIns(runtime, ec2, sns, sqs);
    }

    /// <summary>The function's environment: the Runtime API, the region and keys, the three endpoints, remediate mode, the topic and the queue.</summary>
    public Dictionary<string, string> Environment() => new()
    {
        ["AWS_LAMBDA_RUNTIME_API"] = Runtime.Address,
        ["AWS_REGION"] = Region,
        ["AWS_ACCESS_KEY_ID"] = RoleKeys.AccessKey,
        ["AWS_SECRET_ACCESS_KEY"] = RoleKeys.SecretKey,
        ["AWS_SESSION_TOKEN"] = RoleKeys.Token,
        ["AWS_ENDPOINT_URL_EC2"] = Ec2.Url.ToString(),
        ["AWS_ENDPOINT_URL_SNS"] = Sns.Url.ToString(),
        ["AWS_ENDPOINT_URL_SQS"] = Sqs.Url.ToString(),
        ["MODE"] = "remediate",
        ["TOPIC_ARN"] = TopicArn,
        ["UNDELIVERED_QUEUE_URL"] = Sqs.QueueUrl,
    };

    public async ValueTask DisposeAsync()
    {
        await Sqs.DisposeAsync().ConfigureAwait(false);
        await Sns.DisposeAsync().ConfigureAwait(false);
        await Ec2.DisposeAsync().ConfigureAwait(false);
        await Runtime.DisposeAsync().ConfigureAwait(false);
    }
}
