using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Remediator.Network;

namespace Remediator.Planning;

/// <summary>
/// What the network looks like once plans are carried out, computed without any AWS call. It serves
/// offline replays of an exported account and lets tests check that a carried-out plan leaves nothing to do.
/// </summary>
public static class PlanApplication
{
    /// <summary>Applies every <see cref="ReplaceRoutes"/> decision, whatever the plans' mode.</summary>
    public static NetworkSnapshot Apply(NetworkSnapshot snapshot, IEnumerable<RemediationPlan> plans)
    {
        var gateways = snapshot.EgressOnlyInternetGateways;
        var tables = snapshot.RouteTables.ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var plan in plans.Where(p => p.Gateway is not null))
        {
            var gatewayId = plan.Gateway switch
            {
                ExistingEgressGateway existing => existing.Id,
                NewEgressGateway created => SimulatedGatewayId(created),
                _ => throw new InvalidOperationException($"Unknown gateway choice {plan.Gateway}."),
            };
            if (plan.Gateway is NewEgressGateway newGateway)
            {
                gateways = gateways.Add(new EgressOnlyInternetGateway(gatewayId, [newGateway.VpcId], newGateway.Tags));
            }

            foreach (var replacement in plan.Replacements)
            {
                var table = tables[replacement.Table.Id];
                tables[table.Id] = table with { Routes = [.. table.Routes.Select(r => Replaced(r, replacement, gatewayId))] };
            }
        }

        return snapshot with
        {
            RouteTables = [.. snapshot.RouteTables.Select(t => tables[t.Id])],
            EgressOnlyInternetGateways = gateways,
        };
    }

    private static Route Replaced(Route route, ReplaceRoutes replacement, string gatewayId) =>
        replacement.ExposingRoutes.Any(r => r.Destination == route.Destination)
            ? route with { Target = new RouteTarget(gatewayId) }
            : route;

    /// <summary>A stable, well-formed id standing in for the one EC2 would assign.</summary>
    private static string SimulatedGatewayId(NewEgressGateway gateway)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(gateway.ClientToken));
        return "eigw-" + Convert.ToHexStringLower(hash)[..17];
    }
}
