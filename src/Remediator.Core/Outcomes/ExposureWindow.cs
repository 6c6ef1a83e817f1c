using Remediator.Events;
using Remediator.Triggers;

namespace Remediator.Outcomes;

/// <summary>
/// How long private subnets were open to the internet: from the CloudTrail time of the change that
/// exposed them to EC2's confirmation of the last route replacement.
/// </summary>
public static class ExposureWindow
{
    /// <returns>Nothing when no route was replaced, or for a sweep, which cannot know when the exposure began.</returns>
    public static TimeSpan? Of(EventOrigin origin, PlanOutcome outcome)
    {
        var closedAt = outcome.Routes
            .Where(r => r.Status == RouteStatus.Replaced)
            .Select(r => r.ReplacedAt)
            .Max();
        return closedAt is null || origin.EventName == EventBridgeEnvelope.ScheduledDetailType
            ? null
            : closedAt.Value - origin.EventTime;
    }
}
