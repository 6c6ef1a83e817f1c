using Remediator.Network;
using Remediator.Planning;
using Remediator.StandIns.Hosting;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Worlds;

using static Remediator.StandIns.Worlds.NotificationScenarios;

namespace Remediator.StandIns.Chaos;

/// <summary>
/// The campaign's events and worlds. Every sample of events/ names the same resources (the VPC, table, subnets, IGW
/// and prefix list of <see cref="NotificationScenarios"/>), so each sample is sent as it is, into a world built
/// around those ids where it finds an exposure, or, by chance, a table it must leave alone: shared with a public
/// subnet, exempt, in an exempt VPC. Around it: other tables (shared, exempt, public, clean, a public main table),
/// with or without an EIGW (the VPC's own, one Remediator created earlier, or only one of another VPC), and for the
/// events that reach the whole VPC or region, a second exposed table and a second VPC.
/// </summary>
public static class ChaosWorlds
{
    private const string NewSubnetId = "subnet-0fedcba9876543210";
    private const string SubnetA = "subnet-0123456789abcdef0";
    private const string SubnetB = "subnet-0123456789abcdef1";

    private static readonly string[] MainTableSamples = ["disassociate-route-table.json"];
    private static readonly string[] VpcWideSamples = ["delete-tags-vpc-exemption.json", "attach-internet-gateway.json", "scheduled-sweep.json", "modify-vpc-block-public-access-options-off.json"];
    private static readonly string[] PrefixListSamples = ["create-route-prefix-list-to-igw.json", "modify-managed-prefix-list-add-ipv6-entries.json", "restore-managed-prefix-list-version.json"];

    /// <summary>Event <paramref name="index"/> of the campaign of <paramref name="seed"/>: the same for the same pair, whatever ran before.</summary>
    public static ChaosScenario Build(int seed, int index)
    {
        var random = new Random(unchecked((seed * 1_000_003) + index));
        var names = SampleEvents.Names().ToList();
        var payloadOnly = names.Where(IsPayloadOnly).ToList();
        var triggers = names.Except(payloadOnly).ToList();
        var sample = random.NextDouble() < 0.1 ? payloadOnly[random.Next(payloadOnly.Count)] : triggers[random.Next(triggers.Count)];
        var fromMember = !IsPayloadOnly(sample) && random.NextDouble() < 0.25;
        var json = SampleEvents.Read(sample);

        var target = Target(random, sample);
        var vpcs = new List<ChaosVpc> { target };
        if (VpcWideSamples.Contains(sample) && sample != "delete-tags-vpc-exemption.json" && sample != "attach-internet-gateway.json" && random.NextDouble() < 0.3)
        {
            vpcs.Add(SecondVpc(random));
        }

        var world = Combine(vpcs);
        return new ChaosScenario(
            sample,
            fromMember ? MemberAccountStandIns.Forwarded(json) : json,
            world,
            fromMember,
            IsPayloadOnly(sample) ? [] : [.. vpcs.SelectMany(v => v.Exposed)],
            [.. vpcs.SelectMany(v => v.Protected)]);
    }

    private static bool IsPayloadOnly(string sample) =>
        sample.StartsWith("ignore-", StringComparison.Ordinal) || sample.StartsWith("malformed-", StringComparison.Ordinal);

    /// <summary>The VPC of the samples, its table rtb-0b2c… leaky the way the sample says.</summary>
    private static ChaosVpc Target(Random random, string sample)
    {
        var variant = random.NextDouble();
        var vpc = new ChaosVpc(VpcId, IgwId, exempt: variant is >= 0.25 and < 0.30);
        Gateways(random, vpc);

        var main = MainTableSamples.Contains(sample);
        var a = vpc.Subnet(ChaosVpc.Private, SubnetA);
        var b = vpc.Subnet(variant is >= 0.20 and < 0.25 ? ChaosVpc.Exempt : ChaosVpc.Private, SubnetB);
        var served = new List<Subnet> { a, b };
        if (sample == "create-subnet-dual-stack.json")
        {
            served.Add(vpc.Subnet(ChaosVpc.Private, NewSubnetId));
        }

        if (variant < 0.12)
        {
            served.Add(vpc.Subnet(ChaosVpc.Public));
        }

        // The main table serves by default: its subnets are the ones no other table names, so it is made last.
        var others = Distractors(random, vpc, withMain: !main);
        var leak = sample switch
        {
            _ when PrefixListSamples.Contains(sample) => new Route(RouteDestination.Of(PartnerList), new RouteTarget(IgwId)),
            "create-route-ipv6-global-unicast-to-igw.json" => new Route(RouteDestination.Ipv6("2000::/3"), new RouteTarget(IgwId)),
            _ => Some.Ipv6DefaultTo(IgwId),
        };
        vpc.LeakyTable(
            leak,
            main ? [] : served,
            main,
            tags: variant is >= 0.12 and < 0.20 ? Tags.Of(("remediator:exempt", "true")) : null,
            id: TableId,
            ipv4Default: sample != "delete-route-ipv4-default.json");
        others();

        if (VpcWideSamples.Contains(sample) && random.NextDouble() < 0.5)
        {
            vpc.LeakyTable(Some.Ipv6DefaultTo(IgwId), [vpc.Subnet(ChaosVpc.Private)]);
        }

        return vpc;
    }

    /// <summary>Another VPC of the region, for the events that reach all of them: one exposed table and a public one.</summary>
    private static ChaosVpc SecondVpc(Random random)
    {
        var vpc = new ChaosVpc(Some.Id("vpc"), Some.InternetGatewayId(), exempt: false);
        Gateways(random, vpc);
        vpc.LeakyTable(Some.Ipv6DefaultTo(vpc.InternetGatewayId), [vpc.Subnet(ChaosVpc.Private)]);
        vpc.LeakyTable(Some.Ipv6DefaultTo(vpc.InternetGatewayId), [vpc.Subnet(ChaosVpc.Public)]);
        return vpc;
    }

    private static void Gateways(Random random, ChaosVpc vpc)
    {
        var pick = random.NextDouble();
        if (pick < 0.3)
        {
            vpc.Gateway(Tags.None);
        }
        else if (pick < 0.45)
        {
            vpc.Gateway(Tags.Of((NewEgressGateway.CreatedByTagKey, NewEgressGateway.CreatedByTagValue), ("Name", $"remediator-{vpc.VpcId}")));
        }
        else if (pick < 0.6)
        {
            vpc.ForeignGateway();
        }
    }

    /// <summary>Adds the other tables, each by chance; the main table is returned, to be added after the target.</summary>
    private static Action Distractors(Random random, ChaosVpc vpc, bool withMain)
    {
        var igw = Some.Ipv6DefaultTo(vpc.InternetGatewayId);
        if (random.NextDouble() < 0.5)
        {
            vpc.LeakyTable(igw, [vpc.Subnet(ChaosVpc.Private), vpc.Subnet(ChaosVpc.Public)]);
        }

        if (random.NextDouble() < 0.4)
        {
            vpc.LeakyTable(igw, [vpc.Subnet(ChaosVpc.Private)], tags: Tags.Of(("remediator:exempt", "true")));
        }

        if (random.NextDouble() < 0.3)
        {
            vpc.LeakyTable(igw, [vpc.Subnet(ChaosVpc.Private), vpc.Subnet(ChaosVpc.Exempt)]);
        }

        if (random.NextDouble() < 0.5)
        {
            vpc.LeakyTable(igw, [vpc.Subnet(ChaosVpc.Public)], ipv4Default: false);
        }

        if (random.NextDouble() < 0.4)
        {
            vpc.CleanTable(vpc.Subnet(ChaosVpc.Private));
        }

        if (!withMain || random.NextDouble() >= 0.5)
        {
            return () => { };
        }

        // A main table serving (by default) a public subnet and a private one: shared, so never changed.
        vpc.Subnet(ChaosVpc.Public);
        vpc.Subnet(ChaosVpc.Private);
        return () => vpc.LeakyTable(igw, [], main: true);
    }

    private static NetworkSnapshot Combine(IReadOnlyList<ChaosVpc> vpcs)
    {
        var parts = vpcs.Select(v => v.Snapshot()).ToList();
        return new NetworkSnapshot(
            [.. parts.SelectMany(p => p.Vpcs)],
            [.. parts.SelectMany(p => p.Subnets)],
            [.. parts.SelectMany(p => p.RouteTables)],
            [.. parts.SelectMany(p => p.EgressOnlyInternetGateways)]);
    }
}
