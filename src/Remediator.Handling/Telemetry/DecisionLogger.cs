using Remediator.Judgement;
using Remediator.Network;
using Remediator.Outcomes;
using Remediator.Planning;
using Remediator.Ports;
using Remediator.Triggers;

namespace Remediator.Telemetry;

/// <summary>
/// One structured log line per decision, and the metrics: what an event meant, what each route table was
/// judged to be and why, and what became of each route.
/// </summary>
public sealed class DecisionLogger(IDecisionLog log, IMetrics metrics)
{
    public void Parsed(ParsedEvent parsed)
    {
        switch (parsed)
        {
            case Ignored ignored:
                log.Write(LogRecord.Info($"event ignored: {ignored.Reason}", [.. Origin(ignored.Origin)]));
                break;
            case Rejected rejected:
                log.Write(LogRecord.Error(
                    $"event rejected: {rejected.Error.Message}", Field.Of("field", rejected.Error.Field), Field.Of("problem", rejected.Error.Problem)));
                break;
            case Triggered { Trigger: var trigger }:
                log.Write(LogRecord.Info(
                    "event triggers a re-check", [.. Origin(trigger.Origin), Field.Of("scopes", string.Join(", ", trigger.Scopes.Select(s => s.WireText)))]));
                break;
        }
    }

    /// <summary>
    /// Once per read: VPC Block Public Access could not be read, so findings say "unknown" and keep their
    /// severity; nothing else changes. And once per route to an internet gateway whose prefix list EC2 did not
    /// describe: of no known family, it is not judged, and a person should look.
    /// </summary>
    public void Read(Trigger trigger, NetworkSnapshot snapshot)
    {
        foreach (var table in snapshot.RouteTables)
        {
            foreach (var route in table.Routes.Where(r => r.IsUnreadPrefixListToInternetGateway))
            {
                log.Write(LogRecord.Warn(
                    $"route {route} in {table.Id} is not judged: EC2 did not describe prefix list {route.Destination}, so its address family is unknown",
                    Field.Of("eventId", trigger.Origin.EventId),
                    Field.Of("routeTableId", table.Id),
                    Field.Of("destination", route.Destination.Value)));
            }
        }

        if (snapshot.BlockPublicAccess is UnknownBlockPublicAccess unknown)
        {
            log.Write(LogRecord.Warn(
                $"VPC Block Public Access of {trigger.Origin.Region} is unknown: {unknown.Why}",
                Field.Of("eventId", trigger.Origin.EventId),
                Field.Of("region", trigger.Origin.Region)));
        }
    }

    public void Planned(Trigger trigger, ValueList<RemediationPlan> plans)
    {
        if (plans.IsEmpty)
        {
            log.Write(LogRecord.Info("no exposure found: nothing to do", Field.Of("eventId", trigger.Origin.EventId)));
            return;
        }

        foreach (var plan in plans)
        {
            foreach (var decision in plan.Decisions)
            {
                log.Write(LogRecord.Info(
                    $"route table {decision.Table.Id}: {Describe(decision)}",
                    Field.Of("eventId", trigger.Origin.EventId),
                    Field.Of("vpcId", plan.Vpc.Id),
                    Field.Of("routeTableId", decision.Table.Id),
                    Field.Of("decision", decision.Kind.WireName()),
                    Field.Of("mode", plan.Mode.WireName()),
                    Field.Of("exposingRoutes", string.Join(", ", decision.ExposingRoutes)),
                    Field.Of("subnets", string.Join("; ", decision.Subnets.Select(Subnet)))));
            }

            metrics.Emit(Metric.Count("ExposuresFound", plan.Decisions.Sum(d => d.ExposingRoutes.Count)));
        }
    }

    public void Executed(EventOrigin origin, PlanOutcome outcome)
    {
        foreach (var route in outcome.Tables.SelectMany(t => t.Routes))
        {
            log.Write(new LogRecord(
                route.Status == RouteStatus.Failed ? LogLevel.Error : LogLevel.Info,
                $"route {route.Change.Destination} in {route.RouteTableId}: {route.Status.WireName()}",
                [
                    Field.Of("eventId", origin.EventId),
                    Field.Of("routeTableId", route.RouteTableId),
                    Field.Of("destination", route.Change.Destination.Value),
                    Field.Of("status", route.Status.WireName()),
                    Field.Of("before", route.Change.Before.Id),
                    Field.Of("after", route.GatewayId),
                    Field.Of("error", route.Failure?.Description),
                ]));
        }

        metrics.Emit(Metric.Count("RoutesRemediated", outcome.Routes.Count(r => r.Status == RouteStatus.Replaced)));
        metrics.Emit(Metric.Count("RemediationFailures", outcome.Routes.Count(r => r.Status == RouteStatus.Failed)));
        if (ExposureWindow.Of(origin, outcome) is { } window)
        {
            metrics.Emit(new Metric("ExposureWindow", window.TotalSeconds, "Seconds"));
        }
    }

    private static string Describe(TableDecision decision) => decision switch
    {
        ReplaceRoutes => "private subnets exposed: replace the IPv6 routes to the IGW",
        NeedsDedicatedRouteTable => "private subnets exposed, but shared with public or exempt subnets: report only",
        _ => "exempt: left alone",
    };

    private static IEnumerable<KeyValuePair<string, string?>> Origin(EventOrigin? origin) => origin is null ? [] :
    [
        Field.Of("eventName", origin.EventName),
        Field.Of("eventId", origin.EventId),
        Field.Of("eventTime", WireTime.Format(origin.EventTime)),
        Field.Of("actor", origin.Actor.ToString()),
        Field.Of("sourceIpAddress", origin.SourceIpAddress),
    ];

    /// <summary>A private subnet is a finding: the log says whether the internet can reach it (VPC Block Public Access).</summary>
    private static string Subnet(SubnetClassification s) =>
        s.Privacy == Privacy.Private
            ? $"{s.Subnet.Id} {s.Privacy.WireName()} ({s.DecidedBy.WireName()}: {s.Reason}; {s.Inbound})"
            : $"{s.Subnet.Id} {s.Privacy.WireName()} ({s.DecidedBy.WireName()}: {s.Reason})";
}
