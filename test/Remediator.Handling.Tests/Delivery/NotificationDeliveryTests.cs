using Remediator.Delivery;
using Remediator.Judgement;
using Remediator.Notifications;
using Remediator.Outcomes;
using Remediator.Planning;
using Remediator.StandIns.Doubles;
using Remediator.Telemetry;

using static Remediator.StandIns.Worlds.NotificationScenarios;

namespace Remediator.Handling.Tests.Delivery;

public sealed class NotificationDeliveryTests
{
    private readonly HandlerDoubles doubles = new();

    [Fact]
    public async Task A_sent_notification_is_logged_with_its_message_id_and_counted()
    {
        var result = await Delivery().DeliverAsync(Origin, Remediated(), CancellationToken.None);

        Assert.NotNull(result);
        Assert.Equal("message-1", result.MessageId);
        Assert.Single(doubles.Publisher.Published);
        Assert.Contains(doubles.Log.Records, r => r.Message == "notification sent" && r.Fields.Contains(new("messageId", "message-1")));
        Assert.Equal(1, doubles.Metrics.Sum("NotificationsSent"));
    }

    [Fact]
    public async Task A_notification_that_cannot_be_sent_is_logged_whole_counted_and_kept()
    {
        doubles.Publisher.FailNext(1);

        var result = await Delivery().DeliverAsync(Origin, Remediated(), CancellationToken.None);

        Assert.NotNull(result);
        Assert.False(result.WasSent);
        var error = Assert.Single(doubles.Log.Records, r => r.Level == LogLevel.Error);
        Assert.Contains(new KeyValuePair<string, string?>("notification", result.Notification.Body), error.Fields);
        Assert.Equal(1, doubles.Metrics.Sum("NotificationsFailed"));
        Assert.Equal(result.Notification, Assert.Single(doubles.Undelivered.Kept).Notification);
    }

    [Fact]
    public async Task Nothing_is_sent_when_only_exempt_tables_were_found()
    {
        var snapshot = LeakyPrivateTable();
        snapshot = snapshot with { Vpcs = [snapshot.Vpcs[0] with { Tags = Remediator.Network.Tags.Of(("remediator:exempt", "true")) }] };

        var result = await Delivery().DeliverAsync(Origin, PlanOutcome.NotExecuted(Plan(snapshot, Mode.Remediate)), CancellationToken.None);

        Assert.Null(result);
        Assert.Empty(doubles.Publisher.Published);
    }

    private static PlanOutcome Remediated() => Executed(Plan(LeakyPrivateTable(), Mode.Remediate), RouteStatus.Replaced);

    [Fact]
    public async Task Without_a_topic_the_whole_notification_goes_to_the_log_and_is_neither_counted_as_sent_nor_as_failed()
    {
        var logged = new LoggedNotifications(doubles.Log, "sam local: no topic");
        var delivery = new NotificationDelivery(new NotificationComposer(ClassificationRules.Default.Exemption), logged, logged, doubles.Log, doubles.Metrics);

        var result = await delivery.DeliverAsync(Origin, Remediated(), CancellationToken.None);

        Assert.NotNull(result);
        Assert.Equal((false, false, NotificationResult.NotSent), (result.WasSent, result.Failed, result.MessageId));
        var line = Assert.Single(doubles.Log.Records);
        Assert.Equal("notification written to the log instead of SNS (sam local: no topic)", line.Message);
        Assert.Contains(new KeyValuePair<string, string?>("email", result.Notification.EmailText), line.Fields);
        Assert.Contains(new KeyValuePair<string, string?>("subject", result.Notification.Subject), line.Fields);
        Assert.Equal(0, doubles.Metrics.Sum("NotificationsSent") + doubles.Metrics.Sum("NotificationsFailed"));
    }

    private NotificationDelivery Delivery() => new(
        new NotificationComposer(ClassificationRules.Default.Exemption), doubles.Publisher, doubles.Undelivered, doubles.Log, doubles.Metrics);
}
