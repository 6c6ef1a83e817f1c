using System.Text.Json.Nodes;
using Remediator.Template.Tests.Loading;

namespace Remediator.Template.Tests.Template;

/// <summary>No event is silently dropped: retries, a dead-letter queue, alarms that reach a person, logs kept.</summary>
public sealed class ReliabilityTests
{
    private static TemplateDocument Template => TemplateDocument.Central;

    private static JsonObject Function => TemplateDocument.Properties(Template.Resource("RemediatorFunction"));

    [Fact]
    public void Failed_asynchronous_invocations_are_retried_twice_then_kept_in_the_dead_letter_queue()
    {
        var invokeConfig = Function["EventInvokeConfig"];

        Assert.Equal(2m, Json.Number(invokeConfig?["MaximumRetryAttempts"]));
        Assert.InRange(Json.Number(invokeConfig?["MaximumEventAgeInSeconds"]) ?? 0, 60m, 21600m);
        Assert.Equal("SQS", Json.Text(Function["DeadLetterQueue"]?["Type"]));
        Assert.Equal(("DeadLetterQueue", "Arn"), Intrinsics.GetAtt(Function["DeadLetterQueue"]?["TargetArn"]));
    }

    [Fact]
    public void The_dead_letter_queue_is_encrypted_and_keeps_messages_as_long_as_SQS_can()
    {
        var queue = Template.Resource("DeadLetterQueue");

        Assert.Equal("AWS::SQS::Queue", Json.Text(queue["Type"]));
        Assert.Equal(JsonValue.Create(true).ToJsonString(), TemplateDocument.Properties(queue)["SqsManagedSseEnabled"]?.ToJsonString());
        Assert.Equal(1209600m, Json.Number(TemplateDocument.Properties(queue)["MessageRetentionPeriod"]));
    }

    [Fact]
    public void EventBridge_may_write_to_the_dead_letter_queue_for_this_accounts_rules_only()
    {
        var policy = Assert.Single(Template.ResourcesOfType("AWS::SQS::QueuePolicy")).Resource;
        var statement = Assert.Single(TemplateDocument.Properties(policy)["PolicyDocument"]?["Statement"]?.AsArray() ?? []);

        Assert.Equal("events.amazonaws.com", Json.Text(statement?["Principal"]?["Service"]));
        Assert.Equal("sqs:SendMessage", Json.Text(statement?["Action"]));
        Assert.True(Intrinsics.IsRef(statement?["Condition"]?["StringEquals"]?["aws:SourceAccount"], "AWS::AccountId"));
    }

    [Fact]
    public void The_topic_is_encrypted_and_an_email_subscription_is_optional()
    {
        var topic = TemplateDocument.Properties(Template.Resource("NotificationTopic"));
        var subscription = Assert.Single(Template.ResourcesOfType("AWS::SNS::Subscription")).Resource;

        Assert.NotNull(topic["KmsMasterKeyId"]);
        Assert.Contains("TopicKmsKey", Intrinsics.ReferencedNames(topic["KmsMasterKeyId"]));
        Assert.NotNull(Json.Text(subscription["Condition"]));
        Assert.Contains("NotificationEmail", Intrinsics.ReferencedNames(TemplateDocument.Properties(subscription)["Endpoint"]));
    }

    [Fact]
    public void The_key_created_for_the_topic_lets_CloudWatch_alarms_publish()
    {
        var key = Template.Resource("TopicKey");
        var statements = TemplateDocument.Properties(key)["KeyPolicy"]?["Statement"]?.AsArray() ?? [];

        Assert.Contains(statements, s => Json.Text(s?["Principal"]?["Service"]) == "cloudwatch.amazonaws.com");
        Assert.True(TemplateDocument.Properties(key)["EnableKeyRotation"]?.GetValue<bool>());
    }

    [Theory]
    [InlineData("AWS/Lambda", "Errors", "FunctionName", "RemediatorFunction")]
    [InlineData("AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", "DeadLetterQueue")]
    [InlineData("Remediator", "NotificationsFailed", "FunctionName", "RemediatorFunction")]
    [InlineData("Remediator", "RemediationFailures", "FunctionName", "RemediatorFunction")]
    public void An_alarm_watches_each_sign_of_trouble_of_this_stack_and_notifies_the_topic(string metricNamespace, string metric, string dimension, string resource)
    {
        var alarm = Assert.Single(
            Template.ResourcesOfType("AWS::CloudWatch::Alarm").Select(a => TemplateDocument.Properties(a.Resource)),
            a => Json.Text(a["Namespace"]) == metricNamespace && Json.Text(a["MetricName"]) == metric);

        // The function's EMF documents carry exactly its name (AWS_LAMBDA_FUNCTION_NAME) as dimension: an alarm
        // with another set would watch a metric that never exists, and one without would mix two stacks.
        var only = Assert.Single(alarm["Dimensions"] as JsonArray ?? []);
        Assert.Equal(dimension, Json.Text(only?["Name"]));
        Assert.Contains(resource, Intrinsics.ReferencedNames(only?["Value"]));

        Assert.Equal("GreaterThanThreshold", Json.Text(alarm["ComparisonOperator"]));
        Assert.Equal(0m, Json.Number(alarm["Threshold"]));
        Assert.Equal("notBreaching", Json.Text(alarm["TreatMissingData"]));
        Assert.Contains(alarm["AlarmActions"]?.AsArray() ?? [], action => Intrinsics.IsRef(action, "NotificationTopic"));
    }

    [Theory]
    [InlineData("NotificationsFailed")]
    [InlineData("RemediationFailures")]
    public void The_custom_metrics_alarmed_on_are_emitted_by_the_code(string metric)
    {
        var sources = Directory.EnumerateFiles(Repository.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText);
        var embeddedMetricFormat = File.ReadAllText(Repository.PathOf("src/Remediator.Handling/Telemetry/EmbeddedMetricFormat.cs"));

        Assert.Contains(sources, text => text.Contains($"Metric.Count(\"{metric}\"", StringComparison.Ordinal));
        Assert.Contains("metricNamespace = \"Remediator\"", embeddedMetricFormat, StringComparison.Ordinal);
    }

    [Fact]
    public void The_function_logs_JSON_to_a_log_group_with_a_retention()
    {
        var logging = Function["LoggingConfig"];
        var group = Template.Resource(Intrinsics.RefName(logging?["LogGroup"]) ?? "(no LogGroup)");

        Assert.Equal("JSON", Json.Text(logging?["LogFormat"]));
        Assert.Equal("AWS::Logs::LogGroup", Json.Text(group["Type"]));
        Assert.Contains("LogRetentionInDays", Intrinsics.ReferencedNames(TemplateDocument.Properties(group)["RetentionInDays"]));
    }
}
