using Remediator.Network;
using Remediator.StandIns.Ec2.World;

namespace Remediator.StandIns.Ec2;

/// <summary>
/// The stand-in's region: the network the fake EC2 API describes and changes, held as the core's own
/// records. Tests arrange it, change it between calls and read it back; the stand-in changes it when it
/// handles a mutating call. Internet gateways are not among the core's records: the world knows those its
/// routes name (see <see cref="AttachedVpcOf"/>) and those put with <see cref="PutInternetGateway"/>. One
/// lock guards everything, so that each API call sees and leaves a consistent state however many calls
/// arrive at once.
/// </summary>
public sealed class Ec2World
{
    private readonly Lock gate = new();
    private Ec2WorldState state;

    public Ec2World(NetworkSnapshot initial, string accountId = "111122223333")
    {
        ArgumentNullException.ThrowIfNull(initial);
        AccountId = accountId;
        state = new Ec2WorldState(initial);
    }

    /// <summary>
    /// Starts the world again from <paramref name="initial"/>, forgetting everything since, client tokens included:
    /// a fresh region, so that a long run can reuse one stand-in for many worlds.
    /// </summary>
    public void Reset(NetworkSnapshot initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        var fresh = new Ec2WorldState(initial);
        lock (gate)
        {
            state = fresh;
        }
    }

    /// <summary>The owner id reported on every resource.</summary>
    public string AccountId { get; }

    /// <summary>The current network, every list in id order (its VPC Block Public Access is <see cref="BlockPublicAccess"/>).</summary>
    public NetworkSnapshot Snapshot() => Read(s => s.ToSnapshot());

    /// <summary>Where the table's <c>::/0</c> route goes now (<c>igw-…</c>, or <c>eigw-…</c> once remediated).</summary>
    public string Ipv6DefaultTarget(string routeTableId) =>
        Snapshot().RouteTables.Single(t => t.Id == routeTableId).Routes.Single(r => r.Destination == RouteDestination.Ipv6("::/0")).Target.Id;

    public void Put(Vpc vpc) => Change(s => s.Vpcs[vpc.Id] = vpc);

    public void Put(Subnet subnet) => Change(s => s.Subnets[subnet.Id] = subnet);

    /// <summary>
    /// Adds or replaces a table; an internet gateway its routes name, or a prefix list they carry, that the world did
    /// not know is learnt (the routes keep only the list's id, as EC2 describes them).
    /// </summary>
    public void Put(RouteTable table) => Change(s =>
    {
        s.RouteTables[table.Id] = s.PrefixLists.LearnFrom(table);
        s.InternetGateways.LearnFrom(table);
        return true;
    });

    /// <summary>Adds a managed prefix list, or gives one a new version with these entries.</summary>
    public void Put(ManagedPrefixList list) => Change(s =>
    {
        s.PrefixLists.Put(list);
        return true;
    });

    /// <summary>The managed prefix list as it is now, or <c>null</c> when the world holds none of that id.</summary>
    public ManagedPrefixList? PrefixList(string id) => Read(s => s.PrefixLists.Find(id)?.List);

    public void Put(EgressOnlyInternetGateway gateway) => Change(s => s.EgressOnlyInternetGateways[gateway.Id] = gateway);

    /// <summary>The region's VPC Block Public Access mode and exclusions: off and none unless the snapshot or a test sets them.</summary>
    public KnownBlockPublicAccess BlockPublicAccess => Read(s => s.BlockPublicAccess);

    /// <summary>Sets the region's VPC Block Public Access mode and exclusions.</summary>
    public void Put(KnownBlockPublicAccess blockPublicAccess) => Change(s => s.BlockPublicAccess = blockPublicAccess);
    /// <summary>
    /// Adds or replaces an internet gateway, attached to <paramref name="attachedVpcId"/> or detached. The
    /// routes are left as they are: a test that wants them blackholes says so in its tables.
    /// </summary>
    public void PutInternetGateway(string id, string? attachedVpcId = null) => Change(s =>
    {
        s.InternetGateways.Put(id, attachedVpcId);
        return true;
    });

    /// <summary>The VPC an internet gateway is attached to, or <c>null</c> when it is detached or unknown.</summary>
    public string? AttachedVpcOf(string internetGatewayId) => Read(s => s.InternetGateways.AttachedVpcOf(internetGatewayId));

    public void RemoveVpc(string id) => Change(s => Remove(s.Vpcs, id, "VPC"));

    public void RemoveSubnet(string id) => Change(s => Remove(s.Subnets, id, "subnet"));

    public void RemoveRouteTable(string id) => Change(s => Remove(s.RouteTables, id, "route table"));

    public void RemoveEgressOnlyInternetGateway(string id) =>
        Change(s => Remove(s.EgressOnlyInternetGateways, id, "egress-only internet gateway"));

    /// <summary>Deletes the route for <paramref name="destination"/> (a CIDR or prefix list id) from a table.</summary>
    public void RemoveRoute(string tableId, string destination) => Change(s =>
    {
        var table = s.RouteTables.GetValueOrDefault(tableId)
            ?? throw new KeyNotFoundException($"The world holds no route table {tableId}.");
        var route = table.Routes.FirstOrDefault(r => Destinations.Same(r.Destination.Value, destination))
            ?? throw new KeyNotFoundException($"Route table {tableId} has no route for {destination}.");
        s.RouteTables[tableId] = table with { Routes = table.Routes.Where(r => r != route).ToValueList() };
        return true;
    });

    /// <summary>Creates a gateway attached to <paramref name="vpcId"/>, with a fresh id, as EC2 would.</summary>
    public EgressOnlyInternetGateway CreateEgressOnlyInternetGateway(string vpcId, Tags? tags = null) =>
        Change(s => s.CreateEgressOnlyInternetGateway(vpcId, tags ?? Tags.None));

    internal T Read<T>(Func<Ec2WorldState, T> read)
    {
        lock (gate)
        {
            return read(state);
        }
    }

    internal T Change<T>(Func<Ec2WorldState, T> change)
    {
        lock (gate)
        {
            return change(state);
        }
    }

    // A test that removes what is not there has a bug of its own: say so rather than pass.
    private static bool Remove<T>(SortedDictionary<string, T> items, string id, string what) =>
        items.Remove(id) ? true : throw new KeyNotFoundException($"The world holds no {what} {id}.");
}
