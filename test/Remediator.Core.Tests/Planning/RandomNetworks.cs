using System.Collections.Immutable;
using System.Text;
using CsCheck;
using Remediator.Network;

namespace Remediator.Tests.Planning;

/// <summary>CsCheck generators of random but valid networks for the property tests.</summary>
internal static class RandomNetworks
{
    private const string ForeignVpcId = "vpc-0f0f0f0f0f0f0f0f0";

    /// <summary>Random but valid networks: every id well-formed and unique, one main table per VPC, one table per subnet.</summary>
    public static readonly Gen<NetworkSnapshot> Networks = VpcShapes().Array[1, 3].Select(Build);

    public static readonly Gen<(NetworkSnapshot, NetworkSnapshot)> NetworksAndShuffles =
        from snapshot in Networks
        from vpcs in Gen.Shuffle(snapshot.Vpcs.ToArray())
        from subnets in Gen.Shuffle(snapshot.Subnets.ToArray())
        from tables in Gen.Shuffle(snapshot.RouteTables.ToArray())
        from gateways in Gen.Shuffle(snapshot.EgressOnlyInternetGateways.ToArray())
        select (snapshot, new NetworkSnapshot([.. vpcs], [.. subnets], [.. tables], [.. gateways]));

    private enum Attachment
    {
        ThisVpc,
        AnotherVpc,
        NoVpc,
    }

    private sealed record RouteShape(RouteDestination Destination, string TargetPrefix, bool IsBlackhole);

    private sealed record TableShape(ulong Noise, bool Ipv6Local, ImmutableArray<RouteShape> Routes, Tags Tags);

    /// <param name="Table">0 for no explicit association (served by the main table), otherwise the table's number from 1.</param>
    private sealed record SubnetShape(ulong Noise, bool Ipv4, bool Ipv6, bool MapPublicIp, Tags Tags, int Table);

    private sealed record GatewayShape(ulong Noise, Attachment Attachment);

    private sealed record VpcShape(ulong Noise, Tags Tags, TableShape[] Tables, SubnetShape[] Subnets, GatewayShape[] Gateways);

    private static Gen<VpcShape> VpcShapes() =>
        from noise in Gen.ULong
        from tags in ResourceTags()
        from tableCount in Gen.Int[1, 4]
        from tables in TableShapes().Array[tableCount]
        from subnets in SubnetShapes(tableCount).Array[0, 8]
        from gateways in GatewayShapes().Array[0, 2]
        select new VpcShape(noise, tags, tables, subnets, gateways);

    /// <summary>Exemption tags are rare, so that most tables are left to the other rules.</summary>
    private static Gen<Tags> ResourceTags() => Gen.Frequency(
        (12, Tags.None),
        (1, Tags.Of(("remediator:exempt", "true"))),
        (1, Tags.Of(("remediator:exempt", "false"))),
        (2, Tags.Of(("CostCenter", "1"))));

    private static Gen<Tags> SubnetTags() => Gen.Select(
        Maybe(8, "public", "private", "Private"),
        Maybe(14, "1"),
        Maybe(14, "1"),
        Maybe(10, "Public", "Private", "Isolated"),
        Maybe(3, "app-private-1a", "web-public-1b", "privateer", "db", "public-to-private"),
        Maybe(14, "true", "false"),
        Maybe(6, "1"),
        (tier, elb, internalElb, cdk, name, exempt, costCenter) => Tags.Of(
            new (string Key, string? Value)[]
            {
                ("Tier", tier),
                ("kubernetes.io/role/elb", elb),
                ("kubernetes.io/role/internal-elb", internalElb),
                ("aws-cdk:subnet-type", cdk),
                ("Name", name),
                ("remediator:exempt", exempt),
                ("CostCenter", costCenter),
            }
            .Where(t => t.Value is not null)
            .Select(t => KeyValuePair.Create(t.Key, t.Value!))));

    /// <summary>Absent with weight <paramref name="absent"/>, otherwise one of the values with weight 1 each.</summary>
    private static Gen<string?> Maybe(int absent, params string[] values) =>
        Gen.Frequency<string?>([(absent, null), .. values.Select(v => (1, (string?)v))]);

    private static Gen<SubnetShape> SubnetShapes(int tableCount) => Gen.Select(
        Gen.ULong,
        Gen.Frequency((4, true), (1, false)),
        Gen.Frequency((3, true), (1, false)),
        Gen.Frequency((3, false), (1, true)),
        SubnetTags(),
        Gen.Int[0, tableCount],
        (noise, ipv4, ipv6, mapPublicIp, tags, table) => new SubnetShape(noise, ipv4, ipv6 || !ipv4, mapPublicIp && ipv4, tags, table));

    /// <summary>Every destination at most once, so destinations are unique within a table by construction.</summary>
    private static Gen<TableShape> TableShapes() => Gen.Select(
        Gen.ULong,
        Gen.Bool,
        RouteTo(RouteDestination.Ipv4("0.0.0.0/0"), Gen.Frequency<string?>((1, null), (3, "igw"), (3, "nat"), (1, "tgw"), (1, "eni"))),
        RouteTo(RouteDestination.Ipv6("::/0"), Ipv6Targets(absent: 3)),
        RouteTo(RouteDestination.Ipv6("2000::/3"), Ipv6Targets(absent: 12)),
        RouteTo(RouteDestination.Ipv6("2001:db8::/32"), Ipv6Targets(absent: 12)),
        RouteTo(RouteDestination.Ipv6("64:ff9b::/96"), Maybe(2, "nat")),
        RouteTo(RouteDestination.PrefixListId("pl-0a1b2c3d4e5f60718"), Maybe(3, "igw")),
        ResourceTags(),
        (noise, ipv6Local, r1, r2, r3, r4, r5, r6, tags) =>
            new TableShape(noise, ipv6Local, [.. new[] { r1, r2, r3, r4, r5, r6 }.OfType<RouteShape>()], tags));

    private static Gen<string?> Ipv6Targets(int absent) =>
        Gen.Frequency<string?>((absent, null), (4, "igw"), (2, "eigw"), (1, "tgw"), (1, "vpce"), (1, "pcx"));

    private static Gen<RouteShape?> RouteTo(RouteDestination destination, Gen<string?> targetPrefix) => Gen.Select(
        targetPrefix,
        Gen.Frequency((9, false), (1, true)),
        (prefix, blackhole) => prefix is null ? null : new RouteShape(destination, prefix, blackhole));

    private static Gen<GatewayShape> GatewayShapes() => Gen.Select(
        Gen.ULong,
        Gen.Frequency((3, Attachment.ThisVpc), (2, Attachment.AnotherVpc), (1, Attachment.NoVpc)),
        (noise, attachment) => new GatewayShape(noise, attachment));

    private static NetworkSnapshot Build(VpcShape[] shapes)
    {
        var serial = 0;
        string Id(string prefix, ulong noise) => $"{prefix}-{noise & 0xFFFF_FFFF_FFFF:x12}{++serial:x5}";

        var vpcs = shapes.Select(s => new Vpc(Id("vpc", s.Noise), s.Tags)).ToList();
        var subnets = new List<Subnet>();
        var tables = new List<RouteTable>();
        var gateways = new List<EgressOnlyInternetGateway>();
        for (var v = 0; v < shapes.Length; v++)
        {
            var shape = shapes[v];
            var vpcId = vpcs[v].Id;
            var subnetIds = shape.Subnets.Select(s => Id("subnet", s.Noise)).ToList();
            subnets.AddRange(shape.Subnets.Select((s, i) => new Subnet(
                subnetIds[i],
                vpcId,
                s.Ipv4 ? $"10.{v}.{i}.0/24" : null,
                s.Ipv6 ? [$"2600:1f18:abc{v:x}:1{i:x2}::/64"] : [],
                s.MapPublicIp,
                s.Tags)));

            for (var k = 0; k < shape.Tables.Length; k++)
            {
                var table = shape.Tables[k];
                var associations = shape.Subnets
                    .Select((s, i) => (s.Table, SubnetId: subnetIds[i]))
                    .Where(a => a.Table == k + 1)
                    .Select(a => new RouteTableAssociation(Id("rtbassoc", table.Noise), a.SubnetId))
                    .ToList();
                if (k == 0)
                {
                    associations.Add(new RouteTableAssociation(Id("rtbassoc", table.Noise), null, IsMain: true));
                }

                List<Route> routes = [new(RouteDestination.Ipv4($"10.{v}.0.0/16"), new RouteTarget("local"))];
                if (table.Ipv6Local)
                {
                    routes.Add(new(RouteDestination.Ipv6($"2600:1f18:abc{v:x}:100::/56"), new RouteTarget("local")));
                }

                routes.AddRange(table.Routes.Select(r => new Route(r.Destination, new RouteTarget($"{r.TargetPrefix}-0a1b2c3d4e5f{v:x5}"), r.IsBlackhole)));
                tables.Add(new RouteTable(Id("rtb", table.Noise), vpcId, [.. routes], [.. associations], table.Tags));
            }

            foreach (var gateway in shape.Gateways)
            {
                string[] attachedTo = gateway.Attachment switch
                {
                    Attachment.ThisVpc => [vpcId],
                    Attachment.AnotherVpc => [shapes.Length > 1 ? vpcs[(v + 1) % shapes.Length].Id : ForeignVpcId],
                    _ => [],
                };
                gateways.Add(new EgressOnlyInternetGateway(Id("eigw", gateway.Noise), [.. attachedTo], Tags.None));
            }
        }

        return new NetworkSnapshot([.. vpcs], [.. subnets], [.. tables], [.. gateways]);
    }


    /// <summary>A network in readable form, for failure reports.</summary>
    public static string Render(NetworkSnapshot snapshot)
    {
        var text = new StringBuilder().AppendLine();
        foreach (var vpc in snapshot.Vpcs)
        {
            text.AppendLine($"{vpc.Id} {Render(vpc.Tags)}");
            foreach (var subnet in snapshot.Subnets.Where(s => s.VpcId == vpc.Id))
            {
                text.AppendLine($"  {subnet.Id} v4={subnet.Ipv4Cidr ?? "-"} v6={string.Join(",", subnet.Ipv6Cidrs)} mapPublicIp={subnet.MapPublicIpOnLaunch} {Render(subnet.Tags)}");
            }

            foreach (var table in snapshot.RouteTables.Where(t => t.VpcId == vpc.Id))
            {
                var serves = table.Associations.Select(a => a.IsMain ? "main" : a.SubnetId);
                text.AppendLine($"  {table.Id} serves [{string.Join(", ", serves)}] {Render(table.Tags)}: {string.Join(", ", table.Routes)}");
            }
        }

        foreach (var gateway in snapshot.EgressOnlyInternetGateways)
        {
            text.AppendLine($"{gateway.Id} attached to [{string.Join(", ", gateway.AttachedVpcIds)}]");
        }

        return text.ToString();
    }

    private static string Render(Tags tags) => $"{{{string.Join(", ", tags.Values.Select(t => $"{t.Key}={t.Value}"))}}}";
}
