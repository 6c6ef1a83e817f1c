using Remediator.Network;
using Remediator.StandIns.Worlds;

namespace Remediator.StandIns.Chaos;

/// <summary>
/// Builds one VPC of a campaign world and keeps, table by table, what the builder made it: exposed (it routes IPv6
/// to the IGW and serves only private subnets) or protected (a public or exempt subnet, an exempt table or VPC).
/// </summary>
internal sealed class ChaosVpc(string vpcId, string internetGatewayId, bool exempt)
{
    public static readonly Tags Private = Tags.Of(("Tier", "private"));
    public static readonly Tags Public = Tags.Of(("Tier", "public"));
    public static readonly Tags Exempt = Tags.Of(("Tier", "private"), ("remediator:exempt", "true"));

    private readonly List<Subnet> subnets = [];
    private readonly List<RouteTable> tables = [];
    private readonly List<EgressOnlyInternetGateway> gateways = [];

    public string VpcId => vpcId;

    public string InternetGatewayId => internetGatewayId;

    public List<string> Exposed { get; } = [];

    public List<string> Protected { get; } = [];

    public string? GatewayId => gateways.FirstOrDefault(g => g.IsAttachedTo(vpcId))?.Id;

    public Subnet Subnet(Tags tags, string? id = null)
    {
        var n = subnets.Count + 1;
        var subnet = new Subnet(id ?? Some.Id("subnet"), vpcId, $"10.0.{n}.0/24", [$"2001:db8:{n:x}::/64"], tags == Public, tags);
        subnets.Add(subnet);
        return subnet;
    }

    /// <summary>A table routing <paramref name="leak"/> to the IGW (IPv4 to a NAT gateway unless told otherwise).</summary>
    public void LeakyTable(Route leak, IEnumerable<Subnet> explicitly, bool main = false, Tags? tags = null, string? id = null, bool ipv4Default = true) =>
        Add(new RouteTable(
            id ?? Some.Id("rtb"),
            vpcId,
            [Some.Local(), .. ipv4Default ? [Some.Ipv4DefaultTo(Some.Id("nat"))] : Array.Empty<Route>(), leak],
            [.. explicitly.Select(s => new RouteTableAssociation(Some.Id("rtbassoc"), s.Id)), .. main ? [new RouteTableAssociation(Some.Id("rtbassoc"), null, IsMain: true)] : Array.Empty<RouteTableAssociation>()],
            tags ?? Tags.None),
            leaky: true,
            serves: main ? [.. explicitly, .. Implicit()] : explicitly,
            exemptTable: tags?.Values.ContainsKey("remediator:exempt") ?? false);

    /// <summary>A table that exposes nothing: IPv6 to the VPC's EIGW when it has one, else no IPv6 default.</summary>
    public void CleanTable(Subnet serves) => Add(
        new RouteTable(
            Some.Id("rtb"),
            vpcId,
            [Some.Local(), Some.Ipv4DefaultTo(Some.Id("nat")), .. GatewayId is { } eigw ? [Some.Ipv6DefaultTo(eigw)] : Array.Empty<Route>()],
            [new RouteTableAssociation(Some.Id("rtbassoc"), serves.Id)],
            Tags.None),
        leaky: false,
        serves: [serves],
        exemptTable: false);

    public void Gateway(Tags tags) => gateways.Add(new EgressOnlyInternetGateway(Some.Id("eigw"), [vpcId], tags));

    public void ForeignGateway() => gateways.Add(new EgressOnlyInternetGateway(Some.Id("eigw"), [Some.Id("vpc")], Tags.None));

    public NetworkSnapshot Snapshot() => new([new Vpc(vpcId, exempt ? Tags.Of(("remediator:exempt", "true")) : Tags.None)], [.. subnets], [.. tables], [.. gateways]);

    /// <summary>The subnets no table names: those the main table serves.</summary>
    private IEnumerable<Subnet> Implicit() =>
        subnets.Where(s => !tables.Any(t => t.ExplicitSubnetIds.Contains(s.Id)));

    private void Add(RouteTable table, bool leaky, IEnumerable<Subnet> serves, bool exemptTable)
    {
        tables.Add(table);
        var guarded = exempt || exemptTable || serves.Any(s => s.Tags != Private);
        if (guarded)
        {
            Protected.Add(table.Id);
        }
        else if (leaky)
        {
            Exposed.Add(table.Id);
        }
    }
}
