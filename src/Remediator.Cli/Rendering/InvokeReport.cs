using Remediator.Cli.Hosting;
using Remediator.Delivery;
using Remediator.Handling;
using Remediator.Notifications;
using Remediator.Outcomes;
using Remediator.Planning;
using Remediator.Triggers;

namespace Remediator.Cli.Rendering;

/// <summary>
/// Prints what the handler did with one event: the event and what it re-checks, each decision with the
/// classification of every subnet it rests on, each route before and after, and the SNS message exactly as
/// it was (or would have been) published. Returns the exit code the result deserves.
/// </summary>
internal sealed class InvokeReport(TextWriter output)
{
    /// <param name="source">Where the network was read, e.g. "world events/sample-world (offline)".</param>
    /// <param name="unsentBecause">Why a message was not published, when it was not, e.g. "offline run".</param>
    public int Write(string eventFile, string source, HandlingResult result, string unsentBecause, InvokeSurroundings surroundings)
    {
        output.WriteLine($"Event     {eventFile}");
        if (result.Event is Ignored ignored)
        {
            output.WriteLine($"Ignored   {ignored.Reason}");
            output.WriteLine("Nothing to read, judge or change.");
            return ExitCodes.NoExposure;
        }

        var trigger = ((Triggered)result.Event).Trigger;
        WriteEvent(trigger, source);
        if (result.Outcomes.IsEmpty && surroundings.Absent.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"The world holds {string.Join("; ", surroundings.Absent)}, or check the event.");
            return ExitCodes.NotInWorld;
        }

        if (result.Outcomes.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("No exposure found: nothing to do, and no notification.");
            WriteElsewhere(surroundings);
            return ExitCodes.NoExposure;
        }

        WriteDecisions(result.Outcomes);
        WritePlan(result.Outcomes);
        foreach (var notification in result.Notifications)
        {
            WriteNotification(notification, unsentBecause);
        }

        var exitCode = Conclude(result, trigger);
        WriteElsewhere(surroundings);
        return exitCode;
    }

    private void WriteEvent(Trigger trigger, string source)
    {
        var origin = trigger.Origin;
        output.WriteLine($"          {origin.EventName} at {PlanText.Time(origin.EventTime)} by {origin.Actor}");
        output.WriteLine($"          from {origin.SourceIpAddress ?? "an unknown address"}, event {origin.EventId} (account {origin.Account}, {origin.Region})");
        output.WriteLine($"Checks    {string.Join(", ", trigger.Scopes.Select(Describe))}");
        output.WriteLine($"Network   {source}");
    }

    private void WriteDecisions(ValueList<PlanOutcome> outcomes)
    {
        output.WriteLine();
        output.WriteLine("Decisions");
        foreach (var outcome in outcomes)
        {
            foreach (var decision in outcome.Plan.Decisions)
            {
                output.WriteLine($"  {decision.Table.Id}{(decision.Table.IsMain ? " (main)" : "")} in {outcome.Plan.Vpc.Id}: {PlanText.Decision(decision)}");
                foreach (var subnet in decision.Subnets)
                {
                    output.WriteLine($"    {subnet.Subnet.Id}  {PlanText.Classification(subnet)}");
                }
            }
        }
    }

    private void WritePlan(ValueList<PlanOutcome> outcomes)
    {
        output.WriteLine();
        output.WriteLine($"Plan (mode {outcomes[0].Plan.Mode.WireName()})");
        foreach (var table in outcomes.SelectMany(o => o.Tables))
        {
            output.WriteLine($"  route table {table.Decision.Table.Id}");
            foreach (var route in table.Routes)
            {
                var after = route.Status is RouteStatus.Replaced or RouteStatus.Gone or RouteStatus.Planned
                    ? PlanText.After(route.GatewayId)
                    : route.Change.Before.Id;
                output.WriteLine($"    {route.Change.Destination,-16} before: {route.Change.Before}");
                output.WriteLine($"    {"",-16} after:  {after}   ({PlanText.Status(table, route)})");
            }
        }
    }

    private void WriteNotification(NotificationResult result, string unsentBecause)
    {
        var notification = result.Notification;
        var how = result switch
        {
            { Failure: { } failure } => $"NOT sent: {failure.Description}",
            { MessageId: Invoking.UnsentPublisher.NotSent } => $"not sent: {unsentBecause}",
            _ => $"sent, message id {result.MessageId}",
        };
        output.WriteLine();
        output.WriteLine($"--- SNS message ({how}) ---");
        output.WriteLine($"Subject: {notification.Subject}");
        output.WriteLine($"Attributes: {string.Join(", ", notification.Attributes.Select(a => $"{a.Key}={a.Value}"))}");
        output.WriteLine("--- email ---");
        output.Write(notification.EmailText);
        output.WriteLine("--- default (JSON) ---");
        output.WriteLine(notification.DocumentJson);
        output.WriteLine("--- end of message ---");
    }

    private int Conclude(HandlingResult result, Trigger trigger)
    {
        var open = result.Outcomes
            .SelectMany(o => o.Tables.Where(t => t.StaysOpen))
            .Select(t => t.Decision.Table.Id)
            .ToList();
        output.WriteLine();
        if (result.NotificationFailed)
        {
            output.WriteLine("The notification could not be sent (see above).");
            return ExitCodes.Error;
        }

        if (open.Count == 0)
        {
            output.WriteLine($"No private subnet stays exposed through what this event rechecked: {string.Join(", ", trigger.Scopes.Select(Describe))}.");
            return ExitCodes.NoExposure;
        }

        output.WriteLine($"Private subnets stay exposed through {string.Join(", ", open)}.");
        return ExitCodes.ExposureFound;
    }

    /// <summary>The event re-checks only what it names: say what else is known to be exposed, or how to find out.</summary>
    private void WriteElsewhere(InvokeSurroundings surroundings)
    {
        output.WriteLine(surroundings.ExposedElsewhere switch
        {
            null => $"This run rechecked only what the event names: `{surroundings.ScanCommand}` checks every route table.",
            [] => "No other route table of the world exposes a private subnet.",
            var others => $"Elsewhere in the world, private subnets stay exposed through {string.Join(", ", others)}: `{surroundings.ScanCommand}` lists them.",
        });
    }

    private static string Describe(RecheckScope scope) => scope switch
    {
        RouteTableScope s => $"route table {s.RouteTableId}",
        SubnetScope s => $"the route table of subnet {s.SubnetId}",
        VpcScope s => $"every route table of {s.VpcId}",
        RegionScope s => $"every route table of {s.Region}",
        MainRouteTablesScope s => $"the main route tables of {s.Region} that route IPv6 to an internet gateway",
        _ => scope.ToString(),
    };
}
