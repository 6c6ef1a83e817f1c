using Remediator.Network;
using Remediator.Outcomes;
using Remediator.Planning;

namespace Remediator.StandIns.Chaos;

/// <summary>
/// The campaign's invariants, judged from the world and the stand-ins' logs against what the world's builder knows,
/// never against Remediator's own conclusions: (a) a protected table is never changed; (b) no VPC has two EIGWs created
/// by Remediator; (c) every exposure ends fixed, reported with its reason, or in a failed invocation; (d) no notification
/// is lost; (e) no retry undoes a fix.
/// </summary>
internal sealed class InvariantChecks(int eventIndex, ChaosScenario scenario)
{
    private static readonly string[] Writes = ["CreateRoute", "ReplaceRoute", "DeleteRoute", "AssociateRouteTable", "ReplaceRouteTableAssociation", "DisassociateRouteTable", "CreateTags", "DeleteTags"];

    private readonly Dictionary<string, RouteTable> initial = scenario.World.RouteTables.ToDictionary(t => t.Id);
    private readonly Dictionary<(string Table, string Destination), string> fixes = [];
    private readonly HashSet<string> raced = new(StringComparer.Ordinal);

    public List<Violation> Found { get; } = [];

    /// <summary>(a), (b), (d) and (e), after every attempt.</summary>
    public void AfterAttempt(AttemptRecord attempt, NetworkSnapshot now)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        raced.UnionWith(attempt.Races.Select(r => r.TableId).OfType<string>());
        ProtectedTablesUnchanged(attempt, now);
        OneGatewayOfOursPerVpc(now);
        NoNotificationLost(attempt);
        FixesKept(attempt, now);
    }

    /// <summary>(c), once the event's last attempt is over.</summary>
    public void AfterEvent(AttemptRecord last, NetworkSnapshot now)
    {
        ArgumentNullException.ThrowIfNull(last);
        foreach (var tableId in scenario.Exposed)
        {
            var open = OpenRoutes(now, tableId).ToList();
            if (open.Count == 0 || last.Failed)
            {
                continue;
            }

            var routes = last.Result?.Outcomes.SelectMany(o => o.Routes).Where(r => r.RouteTableId == tableId).ToList() ?? [];
            foreach (var route in open)
            {
                var outcome = routes.FirstOrDefault(r => r.Change.Destination.Value == route.Destination.Value);
                if (outcome is not { Status: RouteStatus.Failed, Failure: not null })
                {
                    Add('c', outcome is null
                        ? $"{route.Destination.Value} of {tableId} still goes to {route.Target.Id}, and the invocation neither reported it nor failed"
                        : $"{route.Destination.Value} of {tableId} still goes to {route.Target.Id}, but was reported {outcome.Status} ({outcome.Failure?.Code ?? "no error"}) and the invocation succeeded");
                }
            }
        }
    }

    /// <summary>Routes of the table that send IPv6 (a CIDR or a prefix list) to an internet gateway.</summary>
    public static IEnumerable<Route> OpenRoutes(NetworkSnapshot world, string tableId) =>
        world.RouteTables.Where(t => t.Id == tableId).SelectMany(t => t.Routes)
            .Where(r => r.Target.Id.StartsWith("igw-", StringComparison.Ordinal) && r.Destination.Kind != DestinationKind.Ipv4Cidr);

    private void ProtectedTablesUnchanged(AttemptRecord attempt, NetworkSnapshot now)
    {
        foreach (var tableId in scenario.Protected)
        {
            var writes = attempt.Ec2Calls.Where(c => Writes.Contains(c.Action) && c["RouteTableId"] == tableId).ToList();
            if (writes.Count > 0)
            {
                Add('a', $"{string.Join(", ", writes.Select(w => w.Action))} on {tableId}, which serves a public or exempt subnet (or is exempt)");
            }
            else if (now.RouteTables.FirstOrDefault(t => t.Id == tableId) is { } table && !SameRoutes(table, initial[tableId]))
            {
                Add('a', $"the routes of {tableId} changed, which serves a public or exempt subnet (or is exempt)");
            }
        }
    }

    /// <summary>Destinations and targets alike; a prefix list is compared by id, as EC2 describes it (without its entries).</summary>
    private static bool SameRoutes(RouteTable now, RouteTable before) =>
        now.Routes.Select(r => (r.Destination.Value, r.Target.Id)).SequenceEqual(before.Routes.Select(r => (r.Destination.Value, r.Target.Id)));

    private void OneGatewayOfOursPerVpc(NetworkSnapshot now)
    {
        var ours = now.EgressOnlyInternetGateways.Where(g => g.Tags[NewEgressGateway.CreatedByTagKey] == NewEgressGateway.CreatedByTagValue);
        foreach (var vpc in ours.SelectMany(g => g.AttachedVpcIds.Select(v => (Vpc: v, g.Id))).GroupBy(p => p.Vpc).Where(g => g.Count() > 1))
        {
            Add('b', $"{vpc.Key} has {vpc.Count()} egress-only gateways created by Remediator: {string.Join(", ", vpc.Select(p => p.Id))}");
        }
    }

    private void NoNotificationLost(AttemptRecord attempt)
    {
        foreach (var notification in attempt.Result?.Notifications ?? [])
        {
            var body = notification.Notification.Body;
            if (notification.WasSent)
            {
                if (!attempt.SnsCalls.Any(c => c.MessageId == notification.MessageId && c.Field("Message") == body))
                {
                    Add('d', $"notification {notification.MessageId} was reported sent, but SNS holds no such message");
                }

                continue;
            }

            var logged = attempt.Log.Any(r => r.Fields.Any(f => f.Key == "notification" && f.Value == body));
            if (!logged || notification.Failure is null)
            {
                Add('d', $"notification \"{notification.Notification.Subject}\" was neither sent nor logged whole");
            }
        }
    }

    private void FixesKept(AttemptRecord attempt, NetworkSnapshot now)
    {
        foreach (var ((tableId, destination), gateway) in fixes.Where(f => !raced.Contains(f.Key.Table)))
        {
            var route = now.RouteTables.FirstOrDefault(t => t.Id == tableId)?.Routes.FirstOrDefault(r => r.Destination.Value == destination);
            if (route is not null && route.Target.Id != gateway)
            {
                Add('e', $"attempt {attempt.Attempt}: {destination} of {tableId}, fixed to {gateway} before, now goes to {route.Target.Id}");
            }
        }

        foreach (var tableId in scenario.Exposed)
        {
            foreach (var route in now.RouteTables.Where(t => t.Id == tableId).SelectMany(t => t.Routes)
                         .Where(r => r.Target.Id.StartsWith("eigw-", StringComparison.Ordinal) && WasOpen(tableId, r.Destination.Value)))
            {
                fixes.TryAdd((tableId, route.Destination.Value), route.Target.Id);
            }
        }
    }

    private bool WasOpen(string tableId, string destination) =>
        initial[tableId].Routes.Any(r => r.Destination.Value == destination && r.Target.Id.StartsWith("igw-", StringComparison.Ordinal));

    private void Add(char invariant, string what) => Found.Add(new Violation(invariant, eventIndex, scenario.Sample, what));
}
