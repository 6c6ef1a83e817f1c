using Amazon.EC2;
using Remediator.Network;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Worlds;
using Sdk = Amazon.EC2.Model;

namespace Remediator.Ec2.Tests;

/// <summary>
/// One scenario per new row of the README's trigger table, each a change people make: a dual-stack subnet
/// without tags that auto-assigns no public IPv4 address is public while its IPv4 egress goes to the IGW and
/// private once it does not; an IPv6-only subnet is private once its NAT64 route goes to a NAT gateway.
/// </summary>
internal static class TriggerScenarios
{
    public const string ReplaceIpv4Default = "ReplaceRoute of 0.0.0.0/0 from the IGW to a NAT gateway";
    public const string DeleteIpv4Default = "DeleteRoute of 0.0.0.0/0";
    public const string CreateIpv4Default = "CreateRoute of 0.0.0.0/0 to a NAT gateway, its route to the IGW deleted first";
    public const string ReplaceNat64 = "ReplaceRoute of 64:ff9b::/96 to a NAT gateway";
    public const string Disassociate = "DisassociateRouteTable back to a main table that routes ::/0 to the IGW";
    public const string AttachGateway = "AttachInternetGateway reviving a blackhole ::/0 route";
    public const string NoPublicIpv4 = "ModifySubnetAttribute switching MapPublicIpOnLaunch off";

    public const string Ipv4DefaultBackToInternetGateway = "ReplaceRoute of 0.0.0.0/0 back to the IGW";
    public const string PublicIpv4On = "ModifySubnetAttribute switching MapPublicIpOnLaunch on";
    public const string DeleteIpv6Default = "DeleteRoute of ::/0";

    public static TheoryData<string> Names =>
        [ReplaceIpv4Default, DeleteIpv4Default, CreateIpv4Default, ReplaceNat64, Disassociate, AttachGateway, NoPublicIpv4];

    /// <summary>The counterparts of the changes above, which can only make a subnet look less private or close an exposure.</summary>
    public static TheoryData<string> HarmlessNames => [Ipv4DefaultBackToInternetGateway, PublicIpv4On, DeleteIpv6Default];

    public static TriggerScenario Named(string name) => name switch
    {
        ReplaceIpv4Default => Ipv4EgressLeavesTheInternetGateway(
            (ec2, table, nat) => ec2.ReplaceRouteAsync(new Sdk.ReplaceRouteRequest { RouteTableId = table, DestinationCidrBlock = "0.0.0.0/0", NatGatewayId = nat }),
            (table, nat) => SampleEvents.Ipv4DefaultToNatGateway(table, nat, "ReplaceRoute")),
        DeleteIpv4Default => Ipv4EgressLeavesTheInternetGateway(
            (ec2, table, _) => DeleteIpv4DefaultAsync(ec2, table),
            (table, _) => SampleEvents.DeleteIpv4Default(table)),
        CreateIpv4Default => Ipv4EgressLeavesTheInternetGateway(
            async (ec2, table, nat) =>
            {
                await DeleteIpv4DefaultAsync(ec2, table);
                await ec2.CreateRouteAsync(new Sdk.CreateRouteRequest { RouteTableId = table, DestinationCidrBlock = "0.0.0.0/0", NatGatewayId = nat });
            },
            (table, nat) => SampleEvents.Ipv4DefaultToNatGateway(table, nat)),
        ReplaceNat64 => Nat64ToNatGateway(),
        Disassociate => FallbackToLeakyMainTable().Scenario,
        AttachGateway => ReattachedInternetGateway(),
        NoPublicIpv4 => PublicIpv4SwitchedOff(),
        Ipv4DefaultBackToInternetGateway => Harmless(
            (ec2, table, igw) => ec2.ReplaceRouteAsync(new Sdk.ReplaceRouteRequest { RouteTableId = table.Id, DestinationCidrBlock = "0.0.0.0/0", GatewayId = igw }),
            (table, igw) => SampleEvents.Ipv4DefaultToInternetGateway(table.Id, igw, "ReplaceRoute")),
        PublicIpv4On => Harmless(
            (ec2, table, _) => ec2.ModifySubnetAttributeAsync(new Sdk.ModifySubnetAttributeRequest { SubnetId = table.ExplicitSubnetIds.Single(), MapPublicIpOnLaunch = true }),
            (table, _) => SampleEvents.MapPublicIpOnLaunch(table.ExplicitSubnetIds.Single(), on: true)),
        DeleteIpv6Default => Harmless(
            (ec2, table, _) => ec2.DeleteRouteAsync(new Sdk.DeleteRouteRequest { RouteTableId = table.Id, DestinationIpv6CidrBlock = "::/0" }),
            (table, _) => SampleEvents.DeleteIpv6Default(table.Id)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "There is no such scenario."),
    };

    /// <summary>
    /// VPC <c>Leaky</c>: a subnet on a clean table is disassociated and falls back to the main table, which
    /// routes <c>::/0</c> to the IGW and serves no other subnet (the public one has a table of its own).
    /// VPC <c>Open</c>: its main table routes <c>::/0</c> to the IGW too, but serves a public subnet.
    /// VPC <c>Quiet</c>: its main table routes IPv6 to an EIGW, so it cannot expose the subnet wherever it was.
    /// </summary>
    public static (TriggerScenario Scenario, string LeakyVpcId, string OpenVpcId, string QuietVpcId) FallbackToLeakyMainTable()
    {
        var leaky = new TestNetwork();
        var main = leaky.Table([Some.Ipv4DefaultTo(Some.Id("nat")), Some.Ipv6DefaultTo(leaky.InternetGatewayId)], [], main: true);
        var clean = leaky.Table([Some.Ipv4DefaultTo(Some.Id("nat")), Some.Ipv6DefaultTo(leaky.AttachedEgressGateway().Id)], [leaky.Subnet()]);
        leaky.Table([Some.Ipv4DefaultTo(leaky.InternetGatewayId), Some.Ipv6DefaultTo(leaky.InternetGatewayId)], [leaky.PublicSubnet()]);
        var open = new TestNetwork();
        open.Table([Some.Ipv4DefaultTo(open.InternetGatewayId), Some.Ipv6DefaultTo(open.InternetGatewayId)], [], main: true);
        open.PublicSubnet();
        var quiet = new TestNetwork();
        quiet.Table([Some.Ipv4DefaultTo(Some.Id("nat")), Some.Ipv6DefaultTo(quiet.AttachedEgressGateway().Id)], [], main: true);
        quiet.PrivateSubnet();

        var association = clean.Associations.Single().Id;
        var scenario = new TriggerScenario(
            TestNetwork.Combine(leaky, open, quiet),
            ec2 => ec2.DisassociateRouteTableAsync(new Sdk.DisassociateRouteTableRequest { AssociationId = association }),
            SampleEvents.DisassociateRouteTable(association),
            main.Id);
        return (scenario, leaky.Vpc.Id, open.Vpc.Id, quiet.Vpc.Id);
    }

    /// <summary>A public dual-stack subnet: no tags, no public IPv4 addresses, IPv4 and IPv6 egress through the IGW.</summary>
    private static TriggerScenario Ipv4EgressLeavesTheInternetGateway(
        Func<IAmazonEC2, string, string, Task> change, Func<string, string, string> eventOf)
    {
        var network = new TestNetwork();
        var table = network.Table([Some.Ipv4DefaultTo(network.InternetGatewayId), Some.Ipv6DefaultTo(network.InternetGatewayId)], [network.Subnet()]);
        var nat = Some.Id("nat");
        return new(network.Snapshot(), ec2 => change(ec2, table.Id, nat), eventOf(table.Id, nat), table.Id);
    }

    /// <summary>
    /// A compliant VPC: a subnet without tags whose IPv4 egress goes through NAT and IPv6 through the EIGW (private
    /// by the IPv4-egress heuristic), and a public subnet on a table with both default routes to the IGW.
    /// </summary>
    private static TriggerScenario Harmless(Func<IAmazonEC2, RouteTable, string, Task> change, Func<RouteTable, string, string> eventOf)
    {
        var network = new TestNetwork();
        var table = network.Table([Some.Ipv4DefaultTo(Some.Id("nat")), Some.Ipv6DefaultTo(network.AttachedEgressGateway().Id)], [network.Subnet()]);
        network.Table([Some.Ipv4DefaultTo(network.InternetGatewayId), Some.Ipv6DefaultTo(network.InternetGatewayId)], [network.PublicSubnet()]);
        var igw = network.InternetGatewayId;
        return new(network.Snapshot(), ec2 => change(ec2, table, igw), eventOf(table, igw), table.Id);
    }

    private static Task<Sdk.DeleteRouteResponse> DeleteIpv4DefaultAsync(IAmazonEC2 ec2, string table) =>
        ec2.DeleteRouteAsync(new Sdk.DeleteRouteRequest { RouteTableId = table, DestinationCidrBlock = "0.0.0.0/0" });

    /// <summary>An IPv6-only subnet whose NAT64 traffic went to a transit gateway: public, as IPv6-only subnets may be.</summary>
    private static TriggerScenario Nat64ToNatGateway()
    {
        var network = new TestNetwork();
        var nat64 = new Route(RouteDestination.Ipv6(RouteDestination.Nat64Prefix), new RouteTarget(Some.Id("tgw")));
        var table = network.Table([nat64, Some.Ipv6DefaultTo(network.InternetGatewayId)], [network.Subnet(ipv4: false)]);
        var nat = Some.Id("nat");
        return new(
            network.Snapshot(),
            ec2 => ec2.ReplaceRouteAsync(new Sdk.ReplaceRouteRequest { RouteTableId = table.Id, DestinationIpv6CidrBlock = RouteDestination.Nat64Prefix, NatGatewayId = nat }),
            SampleEvents.Nat64ToNatGateway(table.Id, nat),
            table.Id);
    }

    /// <summary>A private subnet whose table still routes <c>::/0</c> to its VPC's IGW, detached: a blackhole until it is attached again.</summary>
    private static TriggerScenario ReattachedInternetGateway()
    {
        var network = new TestNetwork();
        var table = network.Table(
            [Some.Ipv4DefaultTo(Some.Id("nat")), Some.Ipv6DefaultTo(network.InternetGatewayId) with { IsBlackhole = true }],
            [network.Subnet()]);
        var (gateway, vpc) = (network.InternetGatewayId, network.Vpc.Id);
        return new(
            network.Snapshot(),
            ec2 => ec2.AttachInternetGatewayAsync(new Sdk.AttachInternetGatewayRequest { InternetGatewayId = gateway, VpcId = vpc }),
            SampleEvents.AttachInternetGateway(gateway, vpc),
            table.Id);
    }

    /// <summary>A subnet public only because it auto-assigns public IPv4 addresses, on a table with IPv4 egress through NAT.</summary>
    private static TriggerScenario PublicIpv4SwitchedOff()
    {
        var network = new TestNetwork();
        var subnet = network.Subnet(mapPublicIp: true);
        var table = network.LeakyTable(subnet);
        return new(
            network.Snapshot(),
            ec2 => ec2.ModifySubnetAttributeAsync(new Sdk.ModifySubnetAttributeRequest { SubnetId = subnet.Id, MapPublicIpOnLaunch = false }),
            SampleEvents.MapPublicIpOnLaunch(subnet.Id),
            table.Id);
    }
}
