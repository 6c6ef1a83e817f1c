using Remediator.Network;
using Remediator.Outcomes;
using Remediator.Planning;
using Remediator.Ports;

namespace Remediator.Cli.Invoking;

/// <summary>
/// The plan executor of an offline <c>--apply</c>: carries each plan out on the world in memory, as EC2
/// would (<see cref="PlanApplication"/>), and reports it the way the EC2 executor does, so that the
/// handler, the decisions and the notification are those of a real run.
/// </summary>
internal sealed class SimulatedEc2(NetworkSnapshot world, TimeProvider clock) : IPlanExecutor
{
    private readonly Lock gate = new();

    /// <summary>The world with every plan carried out so far.</summary>
    public NetworkSnapshot World
    {
        get
        {
            lock (gate)
            {
                return world;
            }
        }
    }

    public Task<PlanOutcome> ExecuteAsync(RemediationPlan plan, CancellationToken cancellationToken)
    {
        // The handler runs the plans of different VPCs side by side.
        lock (gate)
        {
            var before = world;
            world = PlanApplication.Apply(before, [plan]);
            var gatewayId = plan.Gateway switch
            {
                ExistingEgressGateway existing => existing.Id,
                _ => world.EgressOnlyInternetGateways.Except(before.EgressOnlyInternetGateways).Single(g => g.IsAttachedTo(plan.Vpc.Id)).Id,
            };
            var at = clock.GetUtcNow();
            var routes = plan.Replacements
                .SelectMany(d => d.Changes.Select(change => new RouteOutcome(d.Table.Id, change, RouteStatus.Replaced, gatewayId, at)))
                .ToValueList();
            return Task.FromResult(new PlanOutcome(plan, new GatewayOutcome(gatewayId, Created: plan.Gateway is NewEgressGateway), routes));
        }
    }
}
