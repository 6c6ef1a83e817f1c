using Remediator.Judgement;

namespace Remediator.Outcomes;

/// <summary>What a notification reports, in the order of urgency used when a message covers several tables.</summary>
public enum NotificationOutcome
{
    /// <summary>Every exposing route was replaced (or is gone since the event).</summary>
    Remediated,

    /// <summary>Detect mode: the routes were found and would have been replaced.</summary>
    Detected,

    /// <summary>The table also serves public or exempt subnets, so it was not changed: still exposed.</summary>
    NeedsDedicatedRouteTable,

    /// <summary>A replacement failed: still exposed.</summary>
    Failed,
}

public static class NotificationOutcomes
{
    /// <summary>
    /// For subscription filter policies: <c>low</c> when VPC Block Public Access keeps the internet out of every
    /// exposed subnet anyway; otherwise <c>critical</c> when a fix failed, <c>high</c> while a subnet is still
    /// exposed, <c>medium</c> when it was exposed and no longer is.
    /// </summary>
    public static string Severity(this NotificationOutcome outcome, InboundIpv6 inbound) => (outcome, inbound) switch
    {
        (_, InboundIpv6.Blocked) => "low",
        (NotificationOutcome.Remediated, _) => "medium",
        (NotificationOutcome.Failed, _) => "critical",
        _ => "high",
    };
}
