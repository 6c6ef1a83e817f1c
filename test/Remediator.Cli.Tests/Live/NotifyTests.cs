using System.Text.Json.Nodes;
using Amazon.Runtime;
using Remediator.Cli.Tests.Doubles;
using Remediator.StandIns.Doubles;
using Remediator.StandIns.Sns;
using Remediator.StandIns.Worlds;

namespace Remediator.Cli.Tests.Live;

/// <summary>SNS is called only with --notify, and then with exactly the message the command prints.</summary>
public sealed class NotifyTests
{
    [Fact]
    public async Task With_notify_the_printed_message_is_the_one_published_and_without_it_nothing_is()
    {
        var network = new TestNetwork();
        var leaky = network.LeakyTable(network.PrivateSubnet());
        await using var account = await LiveAccount.StartAsync(network.Snapshot());
        await using var sns = await SnsStandIn.StartAsync(new ImmutableCredentials(LiveAccount.AccessKey, LiveAccount.SecretKey, null), "eu-west-1");
        var topic = sns.Topics.Create("remediator");
        var environment = account.With(("AWS_ENDPOINT_URL_SNS", sns.Url.ToString()));
        using var temp = new TempFolder();
        var eventFile = await LiveRunTests.EventFor(temp, leaky.Id);

        var quiet = await Cli.RunAsync(environment, "invoke", eventFile);
        var published = await Cli.RunAsync(environment, "invoke", eventFile, "--notify", "--topic-arn", topic);

        Assert.Equal(2, quiet.ExitCode);
        Assert.Equal(2, published.ExitCode);
        var call = Assert.Single(sns.Calls.Published);
        Assert.True(call.SignatureValid);
        Assert.Contains($"--- SNS message (sent, message id {call.MessageId}) ---", published.Out, StringComparison.Ordinal);
        Assert.Contains($"Subject: {call.Field("Subject")}\n", published.Out, StringComparison.Ordinal);
        Assert.Equal("json", call.Field("MessageStructure"));
        var body = JsonNode.Parse(call.Field("Message")!)!;
        Assert.Equal(published.Between("--- default (JSON) ---", "--- end of message ---"), (string?)body["default"] + "\n");
        Assert.Equal(published.Between("--- email ---", "--- default (JSON) ---"), (string?)body["email"]);
    }

    [Fact]
    public async Task A_topic_ARN_that_is_not_one_is_refused_before_anything_is_read()
    {
        var run = await Cli.RunAsync(new FakeEnvironment(), "invoke", Samples.Event("create-route-ipv6-default-to-igw.json"), "--notify", "--topic-arn", "remediator");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: --topic-arn 'remediator' is not an SNS topic ARN (arn:aws:sns:REGION:ACCOUNT:NAME).", run.OneErrorLine());
    }
}
