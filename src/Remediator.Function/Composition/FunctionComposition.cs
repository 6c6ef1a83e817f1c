using Remediator.Aws.Accounts;
using Remediator.Aws.Connections;
using Remediator.Aws.Reporting;
using Remediator.Delivery;
using Remediator.Ec2;
using Remediator.Function.Configuration;
using Remediator.Function.Handling;
using Remediator.Function.Runtime;
using Remediator.Handling;
using Remediator.Settings;
using Remediator.Sns;
using Remediator.Sqs;
using Remediator.Telemetry;

namespace Remediator.Function.Composition;

/// <summary>
/// Builds the function once, at init: the clients, the handler and the loop. Nothing here decides
/// anything; it only connects the parts.
/// </summary>
internal static class FunctionComposition
{
    /// <summary>SNS retries stop this long before Lambda's deadline, leaving time to keep the message and report.</summary>
    private static readonly TimeSpan NotificationMargin = TimeSpan.FromSeconds(3);

    public static InvocationLoop Compose(FunctionSettings settings, IEnvironment environment, TextWriter output, TimeProvider clock)
    {
        // First, so that the store is loading while the clients are built and the first event is fetched.
        var trustStore = FirstEventWarmUp.LoadTrustStore();
        var current = new CurrentInvocation();
        var log = new JsonLinesLog(output, clock, settings.LogLevel, () => current.RequestId);
        var metrics = new EmbeddedMetricFormat(output, clock, [new("FunctionName", settings.FunctionName)]);

        var calls = new CallReporter(log, clock);
        var snsTransport = SnsClientFactory.Transport();
        var sns = SnsClientFactory.Create(
            environment,
            new SnsClientOptions { Deadline = () => current.Deadline - NotificationMargin, Clock = clock },
            transport: snsTransport,
            calls: calls);
        var sqs = SqsClientFactory.Create(settings.Region, calls: calls);

        var stsTransport = AwsTransport.Create();
        var members = settings.MemberRole is { } role && !settings.SamLocal
            ? MemberCredentials.Create(settings.Region, role, clock, calls, transport: stsTransport)
            : null;
        var network = new Ec2NetworkAccess(() => current.FunctionArn, settings.Region, members, clock, calls);
        var unsent = new LoggedNotifications(log, "sam local: the template's topic and queue do not resolve outside AWS");
        var handler = HandlerFactory.Create(
            settings.Remediation,
            new HandlerPorts(
                settings.SamLocal ? new SamLocalNetworkAccess(network, () => current.FunctionArn) : network,
                settings.TopicArn is { } topic ? new SnsNotificationPublisher(sns, topic) : unsent,
                settings.UndeliveredQueueUrl is { } queue ? new SqsUndeliveredNotifications(sqs, queue) : unsent,
                log,
                metrics));

        _ = FirstEventWarmUp.StartAsync(
            trustStore,
            network,
            settings.TopicArn is { } warmTopic ? (snsTransport, () => sns.EndpointFor(warmTopic)) : null,
            members is null ? null : (stsTransport, members.Endpoint),
            log);
        log.Write(LogRecord.Info(
            "Remediator initialised",
            Field.Of("mode", settings.Remediation.Mode.WireName()),
            Field.Of("region", settings.Region),
            Field.Of("memberRole", settings.MemberRole?.Name),
            Field.Of("topicArn", settings.TopicArn),
            Field.Of("samLocal", settings.SamLocal ? "every event is read with the credentials SAM passed, in their account; notifications without a topic ARN go to this log" : null)));
        return new InvocationLoop(RuntimeApiClient.For(settings.RuntimeApi), new RemediatorInvocationHandler(handler), current, log, clock);
    }
}
