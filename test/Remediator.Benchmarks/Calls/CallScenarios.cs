using Remediator.Network;
using Remediator.StandIns.Hosting;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Worlds;

using static Remediator.StandIns.Worlds.NotificationScenarios;

namespace Remediator.Benchmarks.Calls;

/// <summary>The triggers of CallBudgetTests, in worlds built the same way, plus the variants worth a row of their own.</summary>
internal static class CallScenarios
{
    public static IEnumerable<CallScenario> All()
    {
        yield return TableEvent(withGateway: true);
        yield return TableEvent(withGateway: false);
        yield return MemberTableEvent(warm: false);
        yield return MemberTableEvent(warm: true);
        yield return MainTableEvent();
        yield return SubnetOrVpcEvent(subnet: true);
        yield return SubnetOrVpcEvent(subnet: false);
        yield return Ipv4DefaultLeavesTheGateway();
        yield return Disassociation();
        yield return GatewayAttached();
        yield return PublicIpv4SwitchedOff();
        yield return PrefixListRouted();
        yield return PrefixListEntriesAdded();
        yield return PayloadOnly();
        yield return Sweep();
    }

    private static CallScenario TableEvent(bool withGateway)
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        if (withGateway)
        {
            network.AttachedEgressGateway();
        }

        return new CallScenario(
            withGateway ? "route table (non-main), EIGW attached" : "route table (non-main), no EIGW yet",
            "create-route-ipv6-default-to-igw",
            network.Snapshot(),
            [SampleEvents.CreateRoute(table.Id)],
            withGateway ? "exactly 1 of each Describe + 1 ReplaceRoute; reads per round 1, 5" : "not asserted (same reads, + 1 create)");
    }

    /// <summary>The row above, forwarded from a member account in another region: CallBudgetTests' organization-mode world.</summary>
    private static CallScenario MemberTableEvent(bool warm)
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        return new CallScenario(
            warm ? "member account's route table, warm (the same event again)" : "member account's route table, no EIGW yet, cold",
            "create-route-ipv6-default-to-igw, forwarded",
            network.Snapshot(),
            [MemberAccountStandIns.Forwarded(SampleEvents.CreateRoute(table.Id))],
            warm ? "0 AssumeRole; reads per round 1, 5" : "1 AssumeRole before the first read; reads per round 1, 5; 1 create, 1 replace",
            FromMember: true,
            Warm: warm);
    }

    private static CallScenario MainTableEvent()
    {
        var network = new TestNetwork();
        var main = network.Table([Some.Ipv4DefaultTo(Some.Id("nat")), Some.Ipv6DefaultTo(network.InternetGatewayId)], [], main: true);
        network.PrivateSubnet();
        network.AttachedEgressGateway();
        return new CallScenario(
            "route table (main)", "create-route-ipv6-default-to-igw", network.Snapshot(), [SampleEvents.CreateRoute(main.Id)],
            "2 DescribeRouteTables, 1 ReplaceRoute");
    }

    /// <summary>The world of CallBudgetTests' two-rounds theory: a leaky table, an empty main table, an EIGW.</summary>
    private static CallScenario SubnetOrVpcEvent(bool subnet)
    {
        var network = new TestNetwork();
        var privateSubnet = network.PrivateSubnet();
        network.LeakyTable(privateSubnet);
        network.Table([], [], main: true);
        network.AttachedEgressGateway();
        return subnet
            ? new CallScenario("subnet", "create-subnet-dual-stack", network.Snapshot(), [SampleEvents.CreateSubnet(privateSubnet.Id)], "1 ReplaceRoute; reads per round 1, 6")
            : new CallScenario("VPC", "delete-tags-vpc-exemption", network.Snapshot(), [SampleEvents.DeleteVpcExemption(network.Vpc.Id)], "1 ReplaceRoute; reads per round 6");
    }

    /// <summary>Issue 12's triggers, each arriving after its change: TriggerCallBudgetTests asserts their budgets.</summary>
    private static CallScenario Ipv4DefaultLeavesTheGateway()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        network.AttachedEgressGateway();
        return new CallScenario(
            "route table: IPv4 default route off the IGW", "create-route-ipv4-default-to-nat-gateway", network.Snapshot(),
            [SampleEvents.Ipv4DefaultToNatGateway(table.Id, Some.Id("nat"), "ReplaceRoute")], "reads per round 1, 5; 1 ReplaceRoute");
    }

    private static CallScenario Disassociation()
    {
        var network = new TestNetwork();
        network.Table([Some.Ipv4DefaultTo(Some.Id("nat")), Some.Ipv6DefaultTo(network.InternetGatewayId)], [], main: true);
        network.PrivateSubnet();
        network.AttachedEgressGateway();
        return new CallScenario(
            "main tables: a subnet fell back to its main table", "disassociate-route-table", network.Snapshot(),
            [SampleEvents.DisassociateRouteTable(Some.Id("rtbassoc"))], "reads per round 1, 6; 1 ReplaceRoute");
    }

    private static CallScenario GatewayAttached()
    {
        var network = new TestNetwork();
        network.LeakyTable(network.PrivateSubnet());
        network.AttachedEgressGateway();
        return new CallScenario(
            "VPC: an internet gateway attached", "attach-internet-gateway", network.Snapshot(),
            [SampleEvents.AttachInternetGateway(network.InternetGatewayId, network.Vpc.Id)], "reads per round 6; 1 ReplaceRoute");
    }

    private static CallScenario PrefixListRouted()
    {
        var network = new TestNetwork();
        var table = network.Table(
            [Some.Ipv4DefaultTo(Some.Id("nat")), new Route(RouteDestination.Of(PartnerList), new RouteTarget(network.InternetGatewayId))], [network.PrivateSubnet()]);
        network.AttachedEgressGateway();
        return new CallScenario(
            "route table: an IPv6 prefix list routed to the IGW", "create-route-prefix-list-to-igw", network.Snapshot(),
            [SampleEvents.PrefixListToInternetGateway(table.Id, PartnerList.Id, network.InternetGatewayId)], "reads per round 1, 7; 1 ReplaceRoute");
    }

    private static CallScenario PrefixListEntriesAdded()
    {
        var network = new TestNetwork();
        network.Table(
            [Some.Ipv4DefaultTo(Some.Id("nat")), new Route(RouteDestination.Of(PartnerList), new RouteTarget(network.InternetGatewayId))], [network.PrivateSubnet()]);
        network.AttachedEgressGateway();
        return new CallScenario(
            "prefix list: IPv6 entries added to a list routed to the IGW", "modify-managed-prefix-list-add-ipv6-entries", network.Snapshot(),
            [SampleEvents.AddPrefixListEntries(PartnerList.Id, "2001:db8:cc00::/40")], "reads per round 1, 7; 1 ReplaceRoute");
    }

    private static CallScenario PublicIpv4SwitchedOff()
    {
        var network = new TestNetwork();
        var subnet = network.PrivateSubnet();
        network.LeakyTable(subnet);
        network.AttachedEgressGateway();
        return new CallScenario(
            "subnet: public IPv4 auto-assignment off", "modify-subnet-attribute-no-public-ipv4", network.Snapshot(),
            [SampleEvents.MapPublicIpOnLaunch(subnet.Id)], "reads per round 1, 6; 1 ReplaceRoute");
    }

    private static CallScenario PayloadOnly()
    {
        var network = new TestNetwork();
        network.LeakyTable(network.PrivateSubnet());
        var samples = SampleEvents.Names().Where(n => n.StartsWith("ignore-", StringComparison.Ordinal) || n.StartsWith("malformed-", StringComparison.Ordinal)).ToList();
        return new CallScenario(
            "payload only (ignored or malformed)", $"all {samples.Count} ignore-*/malformed-* samples", network.Snapshot(),
            [.. samples.Select(SampleEvents.Read)], "0 calls");
    }

    /// <summary>CallBudgetTests' sweep: 200 VPCs, each a public main table and a private table; every tenth leaky.</summary>
    private static CallScenario Sweep()
    {
        var networks = Enumerable.Range(0, 200).Select(_ => new TestNetwork()).ToArray();
        for (var i = 0; i < networks.Length; i++)
        {
            var n = networks[i];
            n.Table([Some.Ipv4DefaultTo(n.InternetGatewayId), Some.Ipv6DefaultTo(n.InternetGatewayId)], [n.PublicSubnet()], main: true);
            var privateSubnet = n.PrivateSubnet();
            if (i % 10 == 0)
            {
                n.LeakyTable(privateSubnet);
            }
            else
            {
                n.Table([Some.Ipv4DefaultTo(Some.Id("nat")), Some.Ipv6DefaultTo(n.AttachedEgressGateway().Id)], [privateSubnet]);
            }
        }

        return new CallScenario(
            "sweep: 200 VPCs, 400 tables, 400 subnets, 180 EIGWs", "scheduled-sweep", TestNetwork.Combine(networks),
            [SampleEvents.Read("scheduled-sweep.json")], "4 + 1 + 1 + 1 pages; 20 creates, 20 replaces");
    }
}
