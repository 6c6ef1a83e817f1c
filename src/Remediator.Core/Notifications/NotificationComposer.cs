using System.Globalization;
using System.Text.Json;
using Remediator.Judgement;
using Remediator.Outcomes;
using Remediator.Planning;
using Remediator.Triggers;

namespace Remediator.Notifications;

/// <summary>
/// Writes the one message of an event for one VPC: the JSON document, and from it the email text, the
/// subject and the message attributes, so that all four always state the same facts.
/// </summary>
public sealed class NotificationComposer(TagMatch exemptionTag)
{
    /// <returns>Nothing when there is nothing to tell: only exempt tables were found.</returns>
    public Notification? Compose(EventOrigin origin, PlanOutcome outcome)
    {
        var decisions = outcome.Plan.Decisions.Where(d => d is not LeftExempt).ToList();
        if (decisions.Count == 0)
        {
            return null;
        }

        var kind = decisions.Select(d => OutcomeOf(d, outcome)).Max();
        foreach (var limits in DocumentLimits.FromFullToLean)
        {
            var document = Document(origin, outcome, decisions, kind, limits);
            var notification = new Notification(
                kind,
                NotificationSubject.For(document),
                JsonSerializer.Serialize(document, NotificationJson.Document),
                EmailText.Render(document),
                [
                    new("outcome", document.Outcome),
                    new("severity", document.Severity),
                    new("account", document.Account),
                    new("region", document.Region),
                    new("vpc", document.VpcId),
                ]);
            if (notification.SizeInBytes <= Notification.MaxBytes)
            {
                return notification;
            }
        }

        throw new InvalidOperationException($"Even the leanest notification for {outcome.Plan.Vpc.Id} exceeds SNS's size limit.");
    }

    private static NotificationOutcome OutcomeOf(TableDecision decision, PlanOutcome outcome) => decision switch
    {
        NeedsDedicatedRouteTable => NotificationOutcome.NeedsDedicatedRouteTable,
        _ when !outcome.WasExecuted => NotificationOutcome.Detected,
        _ when outcome.Routes.Any(r => r.RouteTableId == decision.Table.Id && r.Status == RouteChangeStatus.Failed) => NotificationOutcome.Failed,
        _ => NotificationOutcome.Remediated,
    };

    private NotificationDocument Document(
        EventOrigin origin, PlanOutcome outcome, List<TableDecision> decisions, NotificationOutcome kind, DocumentLimits limits)
    {
        var replaced = outcome.Routes.Where(r => r.Status == RouteChangeStatus.Replaced).ToList();
        return new NotificationDocument(
            NotificationDocument.CurrentSchemaVersion,
            kind.WireName(),
            kind.Severity(),
            outcome.Plan.Mode == Mode.Detect ? "detect" : "remediate",
            origin.Account,
            origin.Region,
            outcome.Plan.Vpc.Id,
            ExposureWindow.Of(origin, outcome) is { } window ? Math.Round(window.TotalSeconds, 1, MidpointRounding.AwayFromZero) : null,
            new EventDocument(
                origin.EventName, origin.EventId, Time(origin.EventTime), origin.Actor.Arn ?? origin.Actor.PrincipalId,
                origin.Actor.Type, origin.Actor.InvokedBy, origin.SourceIpAddress, origin.UserAgent),
            Gateway(outcome),
            [.. decisions.Take(limits.RouteTables).Select(d => Table(d, outcome, limits))],
            Math.Max(0, decisions.Count - limits.RouteTables),
            new TagDocument(exemptionTag.Key, exemptionTag.Value),
            [.. RevertCommands.For(origin.Region, exemptionTag, replaced)],
            [.. FixCommands.For(origin.Region, outcome.Plan.Vpc.Id, GatewayId(outcome), OpenRoutes(outcome))]);
    }

    private static string? GatewayId(PlanOutcome outcome) =>
        outcome.Gateway?.GatewayId ?? (outcome.Plan.Gateway as ExistingEgressGateway)?.Id;

    /// <summary>Routes Remediator meant to replace but did not: detect mode, or a failed replacement.</summary>
    private static List<(string TableId, RouteChange Change)> OpenRoutes(PlanOutcome outcome) =>
    [
        .. outcome.Plan.Replacements
            .SelectMany(d => d.Changes.Select(c => (d.Table.Id, c)))
            .Where(open => !outcome.WasExecuted || outcome.Routes.Any(r =>
                r.RouteTableId == open.Id && r.Change == open.c && r.Status == RouteChangeStatus.Failed)),
    ];

    private static GatewayDocument? Gateway(PlanOutcome outcome) => (outcome.Gateway, outcome.Plan.Gateway) switch
    {
        ({ } done, _) => new GatewayDocument(done.GatewayId, done.Created),
        (null, ExistingEgressGateway existing) => new GatewayDocument(existing.Id, Created: false),
        _ => null,
    };

    private static RouteTableDocument Table(TableDecision decision, PlanOutcome outcome, DocumentLimits limits) => new(
        decision.Table.Id,
        decision.Table.IsMain,
        decision switch
        {
            ReplaceRoutes => "replace-routes",
            NeedsDedicatedRouteTable => "needs-dedicated-route-table",
            _ => "left-exempt",
        },
        [.. decision.ExposingRoutes.Select(route => Route(decision, route.Destination.Value, route.Target.Id, outcome))],
        [.. decision.Subnets.Take(limits.SubnetsPerTable).Select(Subnet)],
        Math.Max(0, decision.Subnets.Count - limits.SubnetsPerTable));

    private static RouteDocument Route(TableDecision decision, string destination, string before, PlanOutcome outcome)
    {
        var done = outcome.Routes.FirstOrDefault(r => r.RouteTableId == decision.Table.Id && r.Change.Destination.Value == destination);
        return (decision, done) switch
        {
            (ReplaceRoutes, { } route) => new RouteDocument(
                destination, before, route.GatewayId, route.Status.ToString().ToLowerInvariant(),
                route.ReplacedAt is { } at ? Time(at) : null, route.Failure?.Description),
            (ReplaceRoutes, null) => new RouteDocument(
                destination, before, (outcome.Plan.Gateway as ExistingEgressGateway)?.Id, "planned", null, null),
            _ => new RouteDocument(destination, before, null, "unchanged", null, null),
        };
    }

    private static SubnetDocument Subnet(SubnetClassification classification) => new(
        classification.Subnet.Id,
        classification.Privacy.ToString().ToLowerInvariant(),
        classification.DecidedBy.WireName(),
        classification.Reason,
        [.. classification.Subnet.Ipv6Cidrs]);

    internal static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture);
}
