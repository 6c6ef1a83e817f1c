using System.Security.Cryptography;
using Remediator.Network;

namespace Remediator.StandIns.Ec2.World;

/// <summary>The mutable state behind <see cref="Ec2World"/>; only ever touched under its lock.</summary>
internal sealed class Ec2WorldState
{
    public Ec2WorldState(NetworkSnapshot initial)
    {
        Vpcs = ById(initial.Vpcs, v => v.Id);
        Subnets = ById(initial.Subnets, s => s.Id);
        RouteTables = ById(initial.RouteTables.Select(PrefixLists.LearnFrom), t => t.Id);
        EgressOnlyInternetGateways = ById(initial.EgressOnlyInternetGateways, g => g.Id);
        BlockPublicAccess = initial.BlockPublicAccess as KnownBlockPublicAccess ?? BlockPublicAccessOff;
        foreach (var table in RouteTables.Values)
        {
            InternetGateways.LearnFrom(table);
        }
    }

    /// <summary>A region where nobody turned VPC Block Public Access on: EC2's default state.</summary>
    public static KnownBlockPublicAccess BlockPublicAccessOff { get; } =
        new(InternetGatewayBlockMode.Off, UpdateInProgress: false, ExclusionsAllowed: true, []);

    public KnownBlockPublicAccess BlockPublicAccess { get; set; }

    public SortedDictionary<string, Vpc> Vpcs { get; }

    public SortedDictionary<string, Subnet> Subnets { get; }

    public SortedDictionary<string, RouteTable> RouteTables { get; }

    public SortedDictionary<string, EgressOnlyInternetGateway> EgressOnlyInternetGateways { get; }

    public InternetGateways InternetGateways { get; } = new();

    public PrefixLists PrefixLists { get; } = new();

    /// <summary>What each client token has already produced, for idempotent creation.</summary>
    public Dictionary<string, ClientTokenUse> ClientTokens { get; } = new(StringComparer.Ordinal);

    public NetworkSnapshot ToSnapshot() => new(
        Vpcs.Values.ToValueList(),
        Subnets.Values.ToValueList(),
        RouteTables.Values.ToValueList(),
        EgressOnlyInternetGateways.Values.ToValueList());

    public EgressOnlyInternetGateway CreateEgressOnlyInternetGateway(string vpcId, Tags tags)
    {
        string id;
        do
        {
            // EC2's long id format: the prefix and 17 lowercase hex digits.
            id = "eigw-" + RandomNumberGenerator.GetHexString(17, lowercase: true);
        }
        while (EgressOnlyInternetGateways.ContainsKey(id));

        var gateway = new EgressOnlyInternetGateway(id, [vpcId], tags);
        EgressOnlyInternetGateways[id] = gateway;
        return gateway;
    }

    /// <summary>
    /// Attaches a gateway to a VPC or detaches it: the VPC's routes to it carry traffic again, or become
    /// blackholes, as EC2 reports them.
    /// </summary>
    public void SetAttachment(string gatewayId, string vpcId, bool attached)
    {
        InternetGateways.Put(gatewayId, attached ? vpcId : null);
        foreach (var table in RouteTables.Values.Where(t => t.VpcId == vpcId).ToList())
        {
            var routes = table.Routes.Select(r => r.Target.Id == gatewayId ? r with { IsBlackhole = !attached } : r).ToValueList();
            RouteTables[table.Id] = table with { Routes = routes };
        }
    }

    private static SortedDictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var byId = new SortedDictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!byId.TryAdd(id(item), item))
            {
                throw new ArgumentException($"The initial snapshot holds {id(item)} twice.", nameof(items));
            }
        }

        return byId;
    }
}

/// <param name="Fingerprint">The request's other parameters, to tell a retry from a different request.</param>
internal sealed record ClientTokenUse(string Fingerprint, EgressOnlyInternetGateway Gateway);
