using System.Text.Json;
using Remediator.Judgement;
using Remediator.Network;
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
        if (outcome.Reported is not { } kind)
        {
            return null;
        }

        var tables = outcome.Tables.Where(t => t.Reported is not null).ToList();
        foreach (var limits in DocumentLimits.FromFullToLean)
        {
            var listed = tables.Take(limits.RouteTables).ToList();
            var document = Document(origin, outcome, kind, listed, tables.Count - listed.Count, limits);
            var notification = new Notification(
                kind,
                NotificationSubject.For(document, kind),
                JsonSerializer.Serialize(document, NotificationJson.Document),
                EmailText.Render(document, kind, listed),
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

    private NotificationDocument Document(
        EventOrigin origin, PlanOutcome outcome, NotificationOutcome kind, List<TableOutcome> listed, int omitted, DocumentLimits limits)
    {
        var routes = outcome.Tables.SelectMany(t => t.Routes).ToList();
        var inbound = InboundIpv6s.Worst(outcome.Tables.Where(t => t.Reported is not null)
            .SelectMany(t => t.Decision.ExposedSubnets).Select(s => s.Inbound.State));
        return new NotificationDocument(
            NotificationDocument.CurrentSchemaVersion,
            kind.WireName(),
            kind.Severity(inbound),
            outcome.Plan.Mode.WireName(),
            origin.Account,
            origin.Region,
            outcome.Plan.Vpc.Id,
            ExposureWindow.Of(origin, outcome) is { } window ? Math.Round(window.TotalSeconds, 1, MidpointRounding.AwayFromZero) : null,
            new EventDocument(
                origin.EventName, origin.EventId, WireTime.Format(origin.EventTime), origin.Actor.Arn ?? origin.Actor.PrincipalId,
                origin.Actor.Type, origin.Actor.InvokedBy, origin.SourceIpAddress, origin.UserAgent),
            Gateway(outcome),
            [.. listed.Select(t => Table(t, limits))],
            omitted,
            new TagDocument(exemptionTag.Key, exemptionTag.Value),
            [.. RevertCommands.For(origin.Region, exemptionTag, [.. routes.Where(r => r.Status == RouteStatus.Replaced)])],
            [.. FixCommands.For(origin.Region, outcome.Plan.Vpc.Id, GatewayId(outcome), [.. routes.Where(r => r.Status is RouteStatus.Planned or RouteStatus.Failed)])],
            inbound.WireName());
    }

    private static string? GatewayId(PlanOutcome outcome) =>
        outcome.Gateway?.GatewayId ?? (outcome.Plan.Gateway as ExistingEgressGateway)?.Id;

    private static GatewayDocument? Gateway(PlanOutcome outcome) => (outcome.Gateway, outcome.Plan.Gateway) switch
    {
        ({ } done, _) => new GatewayDocument(done.GatewayId, done.Created),
        (null, ExistingEgressGateway existing) => new GatewayDocument(existing.Id, Created: false),
        _ => null,
    };

    private static RouteTableDocument Table(TableOutcome table, DocumentLimits limits) => new(
        table.Decision.Table.Id,
        table.Decision.Table.IsMain,
        table.Decision.Kind.WireName(),
        [.. table.Routes.Select(route => Route(route, limits))],
        [.. table.Decision.Subnets.Take(limits.SubnetsPerTable).Select(Subnet)],
        Math.Max(0, table.Decision.Subnets.Count - limits.SubnetsPerTable));

    private static RouteDocument Route(RouteOutcome route, DocumentLimits limits) => new(
        route.Change.Destination.Value,
        route.Change.Before.Id,
        route.Status == RouteStatus.Unchanged ? null : route.GatewayId,
        route.Status.WireName(),
        route.ReplacedAt is { } at ? WireTime.Format(at) : null,
        route.Failure?.Description,
        route.Change.Destination.PrefixList is { } list ? PrefixList(list, limits) : null);

    private static PrefixListDocument PrefixList(ManagedPrefixList list, DocumentLimits limits) => new(
        list.Name,
        list.OwnerId,
        [.. list.Cidrs.Take(limits.CidrsPerPrefixList)],
        Math.Max(0, list.Cidrs.Count - limits.CidrsPerPrefixList));

    private static SubnetDocument Subnet(SubnetClassification classification) => new(
        classification.Subnet.Id,
        classification.Privacy.WireName(),
        classification.DecidedBy.WireName(),
        classification.Reason,
        [.. classification.Subnet.Ipv6Cidrs],
        classification.Inbound.State.WireName(),
        classification.Inbound.Reason);
}
