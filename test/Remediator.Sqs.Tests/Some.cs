using Remediator.Failures;
using Remediator.Notifications;
using Remediator.Outcomes;

namespace Remediator.Sqs.Tests;

/// <summary>Well-formed test values.</summary>
internal static class Some
{
    public static Notification Notification(
        string subject = "Remediated: IPv6 route to igw-0abc in rtb-0def (vpc-0123)",
        string documentJson = """{"outcome":"remediated","vpc":"vpc-0123"}""",
        NotificationOutcome outcome = NotificationOutcome.Remediated) =>
        new(outcome, subject, documentJson, "The route ::/0 in rtb-0def now goes to eigw-0456.", [new("outcome", outcome.WireName())]);

    public static OperationFailure SnsFailure(string message = "Rate exceeded") =>
        new(FailureKind.Transient, "sns:Publish", "arn:aws:sns:eu-west-1:123456789012:remediator", "Throttling", message);
}
