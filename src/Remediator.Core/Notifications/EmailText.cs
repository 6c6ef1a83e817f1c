using Remediator.Judgement;
using Remediator.Outcomes;

namespace Remediator.Notifications;

/// <summary>
/// The notification for people: the same facts as the JSON document, in the order someone on call reads
/// them: what happened, who did it, what Remediator did, and how to undo it or finish the job.
/// </summary>
internal static class EmailText
{
    /// <param name="tables">The outcomes of the tables the document lists, in its order.</param>
    public static string Render(NotificationDocument d, NotificationOutcome kind, IReadOnlyList<TableOutcome> tables)
    {
        List<IEnumerable<string>> sections =
        [
            [Headline(d, kind)],
            WhatHappened(d),
            .. d.RouteTables.Zip(tables, Table),
            d.RouteTablesOmitted > 0 ? [$"{d.RouteTablesOmitted} more route tables are left out of this message for size; a scan lists them all."] : [],
            Facts(d),
            Commands("To undo: exempt the route table first, or Remediator will fix it again, then restore the route:", d.RevertCommands),
            Commands("To fix it by hand:", d.FixCommands),
            WhereCommandsRun(d),
            kind == NotificationOutcome.NeedsDedicatedRouteTable
                ?
                [
                    "To fix: give the private subnets a route table of their own whose IPv6 routes go to an egress-only",
                    "internet gateway, or, if a subnet is meant to be public, say so with a tag (e.g. Tier=public).",
                ]
                : [],
            [$"To have Remediator leave a subnet, route table or VPC alone, tag it {d.ExemptionTag.Key}={d.ExemptionTag.Value}. Mode: {d.Mode}."],
        ];
        var paragraphs = sections.Select(lines => lines.ToList()).Where(lines => lines.Count > 0).Select(lines => string.Join('\n', lines));
        return string.Join("\n\n", paragraphs) + "\n";
    }

    private static string Headline(NotificationDocument d, NotificationOutcome kind)
    {
        var where = $"VPC {d.VpcId} (account {d.Account}, {d.Region})";
        return kind switch
        {
            NotificationOutcome.Remediated => $"Remediator closed an IPv6 exposure in {where}.",
            NotificationOutcome.Detected => $"Remediator found an IPv6 exposure in {where}. Mode is detect: nothing was changed.",
            NotificationOutcome.NeedsDedicatedRouteTable => $"Remediator found an IPv6 exposure in {where} that it must not fix alone: the route table is shared with public or exempt subnets.",
            _ => $"Remediator found an IPv6 exposure in {where} and could NOT close it. It is still open.",
        };
    }

    private static IEnumerable<string> WhatHappened(NotificationDocument d) =>
    [
        "What happened",
        $"  {d.Event.Name} at {d.Event.Time} by {d.Event.ActorArn ?? "an unknown principal"}{(d.Event.InvokedBy is null ? "" : $" via {d.Event.InvokedBy}")}",
        $"  from {d.Event.SourceIpAddress ?? "an unknown address"} ({d.Event.UserAgent ?? "unknown client"}), event {d.Event.Id}.",
        d.InboundIpv6 == InboundIpv6.Blocked.WireName()
            ? "  A route sends the IPv6 traffic of private subnets to an Internet Gateway; VPC Block Public Access keeps the internet out of them."
            : d.RouteTables.SelectMany(t => t.Routes).ToList() is { Count: > 0 } routes && routes.All(r => r.PrefixList is not null)
                ? "  A route sends the IPv6 traffic of private subnets for a prefix list to an Internet Gateway: every address in the list can reach them."
                : "  A route sends the IPv6 traffic of private subnets to an Internet Gateway: the whole IPv6 internet can reach them.",
    ];

    private static IEnumerable<string> Table(RouteTableDocument table, TableOutcome outcome)
    {
        var decision = outcome.Reported switch
        {
            NotificationOutcome.Failed => "Remediator tried to point its IPv6 routes at the egress-only internet gateway",
            NotificationOutcome.Detected => "its IPv6 routes would be pointed at an egress-only internet gateway",
            NotificationOutcome.Remediated => "its IPv6 routes now point at the egress-only internet gateway",
            NotificationOutcome.NeedsDedicatedRouteTable => "not changed: it also serves public or exempt subnets",
            _ => "not changed: exempt",
        };
        yield return $"Route table {table.RouteTableId}{(table.Main ? " (the VPC's main table)" : "")}: {decision}";
        foreach (var (route, done) in table.Routes.Zip(outcome.Routes))
        {
            yield return done.Status switch
            {
                RouteStatus.Replaced => $"  {route.Destination,-16} {route.Before} -> {route.After}   replaced at {route.ReplacedAt}",
                RouteStatus.Planned => $"  {route.Destination,-16} {route.Before} -> {route.After ?? "a new egress-only gateway"}   would be replaced",
                RouteStatus.Gone => $"  {route.Destination,-16} {route.Before}   gone since the event: nothing to do",
                RouteStatus.Failed => $"  {route.Destination,-16} {route.Before}   still open, replacement FAILED: {route.Error}",
                _ => $"  {route.Destination,-16} {route.Before}   still open",
            };
            if (route.PrefixList is { } list)
            {
                yield return $"    prefix list {list.Name} (owner {list.OwnerId}), IPv6 entries: {Cidrs(list)}";
            }
        }

        yield return "  Subnets it serves:";
        foreach (var subnet in table.Subnets)
        {
            yield return subnet.Classification == Privacy.Private.WireName()
                ? $"    {subnet.SubnetId} {subnet.Classification}: {subnet.Reason}; inbound IPv6 {subnet.InboundIpv6}: {subnet.InboundIpv6Reason}"
                : $"    {subnet.SubnetId} {subnet.Classification}: {subnet.Reason}";
        }

        if (table.SubnetsOmitted > 0)
        {
            yield return $"    and {table.SubnetsOmitted} more, left out for size";
        }
    }

    private static string Cidrs(PrefixListDocument list) =>
        (list.Cidrs.Count, list.CidrsOmitted) switch
        {
            (0, 0) => "none yet (any added later would be reachable)",
            (_, 0) => string.Join(", ", list.Cidrs),
            (0, var omitted) => $"{omitted}, left out for size",
            (_, var omitted) => $"{string.Join(", ", list.Cidrs)} and {omitted} more",
        };

    private static IEnumerable<string> Facts(NotificationDocument d)
    {
        if (d.EgressOnlyInternetGateway is { Id: { } gatewayId } gateway)
        {
            yield return $"Egress-only internet gateway: {gatewayId}{(gateway.Created ? " (created by Remediator)" : " (already attached to the VPC)")}";
        }

        if (d.ExposureWindowSeconds is { } seconds)
        {
            yield return $"Exposure window: {HumanDuration.Format(TimeSpan.FromSeconds(seconds))}, from the CloudTrail event time to the route replacement.";
        }
    }

    /// <summary>
    /// The commands carry --region but not the account: in an organization the exposure is in a member account,
    /// and the reader's own credentials are usually for another one.
    /// </summary>
    private static IEnumerable<string> WhereCommandsRun(NotificationDocument d) =>
        d.RevertCommands.Count + d.FixCommands.Count == 0
            ? []
            :
            [
                $"Run these commands with credentials of account {d.Account}: for a member account of an organization, e.g. a",
                "profile that assumes its member role (RemediatorMember unless the member stack names another).",
            ];

    private static IEnumerable<string> Commands(string title, IReadOnlyList<string> commands) =>
        commands.Count == 0 ? [] : [title, .. commands.Select(c => $"  {c}")];
}
