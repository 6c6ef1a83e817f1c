using Remediator.Aws.Accounts;
using Remediator.Aws.Reporting;
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
        var current = new CurrentInvocation();
        var log = new JsonLinesLog(output, clock, settings.LogLevel, () => current.RequestId);
        var metrics = new EmbeddedMetricFormat(output, clock, [new("FunctionName", settings.FunctionName)]);

        var calls = new CallReporter(log, clock);
        var sns = SnsClientFactory.Create(
            environment,
            new SnsClientOptions { Deadline = () => current.Deadline - NotificationMargin, Clock = clock }, calls: calls);
        var sqs = SqsClientFactory.Create(settings.Region, calls: calls);

        var handler = HandlerFactory.Create(
            settings.Remediation,
            new HandlerPorts(
                new Ec2NetworkAccess(
                    () => current.FunctionArn,
                    settings.Region,
                    settings.MemberRole is { } role ? MemberCredentials.Create(settings.Region, role, clock, calls) : null,
                    clock,
                    calls),
                new SnsNotificationPublisher(sns, settings.TopicArn),
                new SqsUndeliveredNotifications(sqs, settings.UndeliveredQueueUrl),
                log,
                metrics));

        log.Write(LogRecord.Info(
            "Remediator initialised",
            Field.Of("mode", settings.Remediation.Mode.WireName()),
            Field.Of("region", settings.Region),
            Field.Of("memberRole", settings.MemberRole?.Name),
            Field.Of("topicArn", settings.TopicArn)));
        return new InvocationLoop(RuntimeApiClient.For(settings.RuntimeApi), new RemediatorInvocationHandler(handler), current, log, clock);
    }
}
