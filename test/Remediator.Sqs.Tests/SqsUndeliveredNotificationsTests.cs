using Remediator.Notifications;
using Remediator.Outcomes;
using Remediator.Sqs.Messages;

namespace Remediator.Sqs.Tests;

/// <summary>Keeping a notification through the real SQS client and the stand-in, which checks what SQS checks.</summary>
public sealed class SqsUndeliveredNotificationsTests
{
    [Fact]
    public async Task The_kept_message_carries_the_exact_SNS_body_and_the_attributes()
    {
        await using var sqs = await SqsHarness.StartAsync();
        var notification = Some.Notification(outcome: NotificationOutcome.Failed);
        var failure = Some.SnsFailure();

        await sqs.Keeper.KeepAsync(notification, failure, CancellationToken.None);

        var kept = Assert.Single(sqs.StandIn.Received);
        Assert.Equal(notification.Body, kept.Body);
        Assert.Equal(
            ["error", "kind", "outcome", "subject"],
            kept.Attributes.Keys.Order(StringComparer.Ordinal));
        Assert.All(kept.Attributes.Values, a => Assert.Equal("String", a.DataType));
        Assert.Equal("undelivered-notification", kept["kind"]);
        Assert.Equal("failed", kept["outcome"]);
        Assert.Equal(notification.Subject, kept["subject"]);
        Assert.Equal(failure.Description, kept["error"]);
    }

    [Fact]
    public async Task The_message_goes_to_the_queue_by_SendMessage_signed_for_the_configured_region()
    {
        await using var sqs = await SqsHarness.StartAsync();

        await sqs.Keeper.KeepAsync(Some.Notification(), Some.SnsFailure(), CancellationToken.None);

        var call = Assert.Single(sqs.StandIn.Calls.All);
        Assert.Equal(("SendMessage", 200, SqsHarness.Region), (call.Operation, call.Status, call.SigningRegion));
        Assert.Equal(sqs.StandIn.QueueUrl, Assert.Single(sqs.StandIn.Received).QueueUrl);
    }

    [Fact]
    public async Task An_attribute_set_that_would_exceed_256_KiB_is_trimmed_and_the_body_kept_whole()
    {
        await using var sqs = await SqsHarness.StartAsync();
        var notification = NotificationOfBodyBytes(SqsLimits.MaxMessageBytes - 100);

        await sqs.Keeper.KeepAsync(notification, Some.SnsFailure(), CancellationToken.None);

        // 100 bytes left: kind (34 with its name and type) and outcome (23) fit, the subject is cut to the
        // remaining 30, and nothing is left for the error.
        var kept = Assert.Single(sqs.StandIn.Received);
        Assert.Equal(notification.Body, kept.Body);
        Assert.Equal("undelivered-notification", kept["kind"]);
        Assert.Equal("remediated", kept["outcome"]);
        var subject = Assert.IsType<string>(kept["subject"]);
        Assert.EndsWith("…", subject, StringComparison.Ordinal);
        Assert.StartsWith(subject[..^1], notification.Subject, StringComparison.Ordinal);
        Assert.Null(kept["error"]);
    }

    [Fact]
    public async Task A_body_that_fills_the_limit_is_kept_without_attributes()
    {
        await using var sqs = await SqsHarness.StartAsync();
        var notification = NotificationOfBodyBytes(SqsLimits.MaxMessageBytes);

        await sqs.Keeper.KeepAsync(notification, Some.SnsFailure(), CancellationToken.None);

        var kept = Assert.Single(sqs.StandIn.Received);
        Assert.Equal(notification.Body, kept.Body);
        Assert.Empty(kept.Attributes);
    }

    [Fact]
    public async Task A_long_error_is_cut_to_a_readable_length()
    {
        await using var sqs = await SqsHarness.StartAsync();

        await sqs.Keeper.KeepAsync(Some.Notification(), Some.SnsFailure(new string('e', 5_000)), CancellationToken.None);

        var error = Assert.IsType<string>(Assert.Single(sqs.StandIn.Received)["error"]);
        Assert.Equal(UndeliveredMessage.MaxErrorLength, error.Length);
        Assert.EndsWith("eee…", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Characters_SQS_refuses_in_a_subject_or_error_are_replaced_rather_than_failing_the_message()
    {
        await using var sqs = await SqsHarness.StartAsync();

        await sqs.Keeper.KeepAsync(
            Some.Notification(subject: "Failed: rtb-0def\u0001 ünïcødé ✓ 𝄞"), Some.SnsFailure("bad\u0000byte"), CancellationToken.None);

        // The SDK checked the stand-in's MD5 of these non-ASCII attributes, or it would have thrown.
        var kept = Assert.Single(sqs.StandIn.Received);
        Assert.Equal("Failed: rtb-0def\uFFFD ünïcødé ✓ 𝄞", kept["subject"]);
        Assert.EndsWith("bad\uFFFDbyte", kept["error"], StringComparison.Ordinal);
    }

    /// <summary>A notification whose SNS body is exactly <paramref name="bytes"/> UTF-8 bytes long.</summary>
    private static Notification NotificationOfBodyBytes(int bytes)
    {
        var empty = Some.Notification(documentJson: """{"pad":""}""");
        var padding = new string('x', bytes - empty.BodyBytes);
        var notification = Some.Notification(documentJson: $$"""{"pad":"{{padding}}"}""");
        Assert.Equal(bytes, notification.BodyBytes);
        return notification;
    }
}
