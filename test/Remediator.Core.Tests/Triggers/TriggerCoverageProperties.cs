using CsCheck;
using Remediator.Judgement;
using Remediator.Network;
using Remediator.Planning;
using Remediator.Tests.Planning;
using Remediator.Triggers;

namespace Remediator.Tests.Triggers;

/// <summary>
/// The promise behind the trigger table: a change of any input of the judgement either re-checks what it can
/// affect, or is provably harmless. On random networks and random changes: every exposure the change creates
/// (a private subnet newly exposed through a route, judged as the sweep would) lies in a table the event's
/// re-check covers; and an event ignored without a look creates none.
/// </summary>
public sealed class TriggerCoverageProperties
{
    private static readonly TriggerParser Parser = new(ClassificationRules.Default);
    private static readonly RemediationPlanner Planner = new(ClassificationRules.Default, Mode.Remediate);

    [Fact]
    public void Every_exposure_a_change_creates_is_in_a_table_its_event_rechecks()
    {
        var changes = from before in RandomNetworks.Networks
                      from change in NetworkChange.Of(before)
                      select (before, change);
        changes.Sample(
            c =>
            {
                var (before, change) = c;
                var created = Exposures(Planner.Plan(change.After)).Except(Exposures(Planner.Plan(before))).ToList();
                var parsed = Parser.Parse(change.Event.ToJsonString());
                switch (parsed)
                {
                    case Ignored ignored:
                        Assert.True(
                            created.Count == 0,
                            $"{change.Description} was ignored ({ignored.Reason}) but exposes {string.Join(", ", created)}");
                        break;
                    case Triggered { Trigger: var trigger }:
                        var rechecked = Planner.Plan(change.After, trigger.Scopes).SelectMany(p => p.Decisions).Select(d => d.Table.Id).ToHashSet(StringComparer.Ordinal);
                        var missed = created.Where(e => !rechecked.Contains(e.TableId)).ToList();
                        Assert.True(
                            missed.Count == 0,
                            $"{change.Description} re-checks [{string.Join(", ", trigger.Scopes.Select(s => s.WireText))}] but misses {string.Join(", ", missed)}");
                        break;
                    default:
                        Assert.Fail($"{change.Description} was rejected: {SampleEventDescription(parsed)}");
                        break;
                }
            },
            iter: 1000,
            print: c => $"{c.change.Description}\nbefore:{RandomNetworks.Render(c.before)}after:{RandomNetworks.Render(c.change.After)}");
    }

    /// <summary>Each private subnet a table exposes, through each of its exposing routes.</summary>
    private static IEnumerable<Exposure> Exposures(IEnumerable<RemediationPlan> plans) =>
        plans.SelectMany(p => p.Decisions)
            .Where(d => d is ReplaceRoutes or NeedsDedicatedRouteTable)
            .SelectMany(d => d.ExposedSubnets.SelectMany(s => d.ExposingRoutes.Select(r => new Exposure(d.Table.Id, s.Subnet.Id, r.Destination.Value))));

    private static string SampleEventDescription(ParsedEvent parsed) => Events.SampleEventTests.Describe(parsed);

    private sealed record Exposure(string TableId, string SubnetId, string Destination)
    {
        public override string ToString() => $"{SubnetId} via {TableId} ({Destination})";
    }
}
