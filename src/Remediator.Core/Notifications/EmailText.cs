using System.Globalization;

namespace Remediator.Notifications;

/// <summary>
/// The notification for people: the same facts as the JSON document, in the order someone on call reads
/// them: what happened, who did it, what Remediator did, and how to undo it or finish the job.
/// </summary>
internal static class EmailText
{
    public static string Render(NotificationDocument d)
    {
        List<IEnumerable<string>> sections =
        [
            [Headline(d)],
            WhatHappened(d),
            .. d.RouteTables.Select(Table),
            d.RouteTablesOmitted > 0 ? [$"{d.RouteTablesOmitted} more route tables are left out of this message for size; a scan lists them all."] : [],
            Facts(d),
            Commands("To undo: exempt the route table first, or Remediator will fix it again, then restore the route:", d.RevertCommands),
            Commands("To fix it by hand:", d.FixCommands),
            d.Outcome == "needs-dedicated-route-table"
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

    private static string Headline(NotificationDocument d)
    {
        var where = $"VPC {d.VpcId} (account {d.Account}, {d.Region})";
        return d.Outcome switch
        {
            "remediated" => $"Remediator closed an IPv6 exposure in {where}.",
            "detected" => $"Remediator found an IPv6 exposure in {where}. Mode is detect: nothing was changed.",
            "needs-dedicated-route-table" => $"Remediator found an IPv6 exposure in {where} that it must not fix alone: the route table is shared with public or exempt subnets.",
            _ => $"Remediator found an IPv6 exposure in {where} and could NOT close it. It is still open.",
        };
    }

    private static IEnumerable<string> WhatHappened(NotificationDocument d) =>
    [
        "What happened",
        $"  {d.Event.Name} at {d.Event.Time} by {d.Event.ActorArn ?? "an unknown principal"}{(d.Event.InvokedBy is null ? "" : $" via {d.Event.InvokedBy}")}",
        $"  from {d.Event.SourceIpAddress ?? "an unknown address"} ({d.Event.UserAgent ?? "unknown client"}), event {d.Event.Id}.",
        "  A route sends the IPv6 traffic of private subnets to an Internet Gateway: the whole IPv6 internet can reach them.",
    ];

    private static IEnumerable<string> Table(RouteTableDocument table)
    {
        bool Any(string status) => table.Routes.Any(r => r.Status == status);
        var decision = table.Decision switch
        {
            "replace-routes" when Any("failed") => "Remediator tried to point its IPv6 routes at the egress-only internet gateway",
            "replace-routes" when Any("planned") => "its IPv6 routes would be pointed at an egress-only internet gateway",
            "replace-routes" => "its IPv6 routes now point at the egress-only internet gateway",
            "needs-dedicated-route-table" => "not changed: it also serves public or exempt subnets",
            _ => "not changed: exempt",
        };
        yield return $"Route table {table.RouteTableId}{(table.Main ? " (the VPC's main table)" : "")}: {decision}";
        foreach (var route in table.Routes)
        {
            yield return route.Status switch
            {
                "replaced" => $"  {route.Destination,-16} {route.Before} -> {route.After}   replaced at {route.ReplacedAt}",
                "planned" => $"  {route.Destination,-16} {route.Before} -> {route.After ?? "a new egress-only gateway"}   would be replaced",
                "gone" => $"  {route.Destination,-16} {route.Before}   gone since the event: nothing to do",
                "failed" => $"  {route.Destination,-16} {route.Before}   still open, replacement FAILED: {route.Error}",
                _ => $"  {route.Destination,-16} {route.Before}   still open",
            };
        }

        yield return "  Subnets it serves:";
        foreach (var subnet in table.Subnets)
        {
            yield return $"    {subnet.SubnetId} {subnet.Classification}: {subnet.Reason}";
        }

        if (table.SubnetsOmitted > 0)
        {
            yield return $"    and {table.SubnetsOmitted} more, left out for size";
        }
    }

    private static IEnumerable<string> Facts(NotificationDocument d)
    {
        if (d.EgressOnlyInternetGateway is { Id: { } gatewayId } gateway)
        {
            yield return $"Egress-only internet gateway: {gatewayId}{(gateway.Created ? " (created by Remediator)" : " (already attached to the VPC)")}";
        }

        if (d.ExposureWindowSeconds is { } seconds)
        {
            yield return $"Exposure window: {seconds.ToString("0.0", CultureInfo.InvariantCulture)} s, from the CloudTrail event time to the route replacement.";
        }
    }

    private static IEnumerable<string> Commands(string title, IReadOnlyList<string> commands) =>
        commands.Count == 0 ? [] : [title, .. commands.Select(c => $"  {c}")];
}
