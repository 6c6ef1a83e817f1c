using Remediator.Network;

namespace Remediator.StandIns.Ec2.World;

/// <summary>
/// The internet gateways the world knows, each with the VPC it is attached to (none when detached). The core's
/// records hold no gateways, only the routes that name them, so a gateway is learnt from the first table
/// whose route names it: attached to that table's VPC, or detached when the route is a blackhole; a later
/// active route attaches one that was only seen detached. A gateway no route names is put explicitly.
/// </summary>
internal sealed class InternetGateways
{
    private readonly SortedDictionary<string, string?> attachedVpcs = new(StringComparer.Ordinal);

    public bool Contains(string id) => attachedVpcs.ContainsKey(id);

    /// <summary>The VPC the gateway is attached to, or <c>null</c> when it is detached or unknown.</summary>
    public string? AttachedVpcOf(string id) => attachedVpcs.GetValueOrDefault(id);

    /// <summary>The gateway attached to the VPC, if any: a VPC has one at the most.</summary>
    public string? AttachedTo(string vpcId) =>
        attachedVpcs.Where(g => g.Value == vpcId).Select(g => g.Key).FirstOrDefault();

    public void Put(string id, string? vpcId) => attachedVpcs[id] = vpcId;

    public void LearnFrom(RouteTable table)
    {
        foreach (var route in table.Routes.Where(r => r.Target.IsInternetGateway))
        {
            if (!Contains(route.Target.Id) || (AttachedVpcOf(route.Target.Id) is null && !route.IsBlackhole))
            {
                Put(route.Target.Id, route.IsBlackhole ? null : table.VpcId);
            }
        }
    }
}
