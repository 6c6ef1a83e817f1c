using System.Net;
using Amazon.EC2;
using Amazon.EC2.Model;
using Remediator.Network;

namespace Remediator.StandIns.Tests.Ec2;

public sealed class ReplaceRouteTests
{
    [Fact]
    public async Task Replacing_the_IPv6_default_route_points_it_at_the_egress_only_gateway()
    {
        var vpc = new TestVpc();
        var gateway = vpc.EgressGateway();
        var table = vpc.Table([Some.Route("::/0", "igw-0123456789abcdef0"), Some.Route("0.0.0.0/0", "nat-0123456789abcdef0")], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        await ec2.Client.ReplaceRouteAsync(new ReplaceRouteRequest
        {
            RouteTableId = table.Id,
            DestinationIpv6CidrBlock = "::/0",
            EgressOnlyInternetGatewayId = gateway.Id,
        });

        var routes = ec2.StandIn.World.Snapshot().RouteTables.Single().Routes;
        Assert.Equal(new RouteTarget(gateway.Id), routes.Single(r => r.Destination.Value == "::/0").Target);
        Assert.Equal(new RouteTarget("nat-0123456789abcdef0"), routes.Single(r => r.Destination.Value == "0.0.0.0/0").Target);
        var described = (await ec2.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { RouteTableIds = [table.Id] }))
            .RouteTables.Single().Routes.Single(r => r.DestinationIpv6CidrBlock == "::/0");
        Assert.Equal((gateway.Id, null), (described.EgressOnlyInternetGatewayId, described.GatewayId));
    }

    [Fact]
    public async Task Destinations_are_matched_as_networks_not_as_text()
    {
        var vpc = new TestVpc();
        var gateway = vpc.EgressGateway();
        var table = vpc.Table([Some.Route("2001:db8::/32", "igw-0123456789abcdef0")], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        await ec2.Client.ReplaceRouteAsync(new ReplaceRouteRequest
        {
            RouteTableId = table.Id,
            DestinationIpv6CidrBlock = "2001:DB8:0::/32",
            EgressOnlyInternetGatewayId = gateway.Id,
        });

        Assert.Contains(ec2.StandIn.World.Snapshot().RouteTables.Single().Routes, r => r.Target.Id == gateway.Id);
    }

    [Fact]
    public async Task Replacing_a_route_the_table_does_not_have_is_InvalidParameterValue()
    {
        var vpc = new TestVpc();
        var gateway = vpc.EgressGateway();
        var table = vpc.Table([], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.Client.ReplaceRouteAsync(new ReplaceRouteRequest
        {
            RouteTableId = table.Id,
            DestinationIpv6CidrBlock = "::/0",
            EgressOnlyInternetGatewayId = gateway.Id,
        }));

        Assert.Equal(("InvalidParameterValue", HttpStatusCode.BadRequest), (error.ErrorCode, error.StatusCode));
        Assert.Contains("There is no route defined for '::/0'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replacing_a_route_in_an_unknown_table_is_InvalidRouteTableID_NotFound()
    {
        var vpc = new TestVpc();
        var gateway = vpc.EgressGateway();
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.Client.ReplaceRouteAsync(new ReplaceRouteRequest
        {
            RouteTableId = "rtb-0000000000000dead",
            DestinationIpv6CidrBlock = "::/0",
            EgressOnlyInternetGatewayId = gateway.Id,
        }));

        Assert.Equal("InvalidRouteTableID.NotFound", error.ErrorCode);
    }

    [Fact]
    public async Task An_unknown_egress_only_gateway_is_InvalidGatewayID_NotFound()
    {
        var vpc = new TestVpc();
        var table = vpc.Table([Some.Route("::/0", "igw-0123456789abcdef0")], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.Client.ReplaceRouteAsync(new ReplaceRouteRequest
        {
            RouteTableId = table.Id,
            DestinationIpv6CidrBlock = "::/0",
            EgressOnlyInternetGatewayId = "eigw-0000000000000dead",
        }));

        Assert.Equal("InvalidGatewayID.NotFound", error.ErrorCode);
        Assert.Equal("igw-0123456789abcdef0", ec2.StandIn.World.Snapshot().RouteTables.Single().Routes[^1].Target.Id);
    }

    [Fact]
    public async Task An_egress_only_gateway_of_another_VPC_is_refused()
    {
        var vpc = new TestVpc();
        var other = new TestVpc();
        var foreign = other.EgressGateway();
        var table = vpc.Table([Some.Route("::/0", "igw-0123456789abcdef0")], []);
        await using var ec2 = await Ec2Session.StartAsync(TestVpc.Combine(vpc, other));

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.Client.ReplaceRouteAsync(new ReplaceRouteRequest
        {
            RouteTableId = table.Id,
            DestinationIpv6CidrBlock = "::/0",
            EgressOnlyInternetGatewayId = foreign.Id,
        }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.Contains("belong to different networks", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blackhole_route_replaced_with_a_live_target_is_active_again()
    {
        var vpc = new TestVpc();
        var table = vpc.Table([Some.Route("0.0.0.0/0", "igw-0123456789abcdef0", blackhole: true)], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        await ec2.Client.ReplaceRouteAsync(new ReplaceRouteRequest
        {
            RouteTableId = table.Id,
            DestinationCidrBlock = "0.0.0.0/0",
            NatGatewayId = "nat-0123456789abcdef0",
        });

        Assert.Equal(Some.Route("0.0.0.0/0", "nat-0123456789abcdef0"), ec2.StandIn.World.Snapshot().RouteTables.Single().Routes[^1]);
    }

    [Fact]
    public async Task An_internet_gateway_that_is_not_attached_to_the_tables_VPC_is_refused()
    {
        var vpc = new TestVpc();
        var table = vpc.Table([Some.Route("0.0.0.0/0", "nat-0123456789abcdef0"), Some.Route("::/0", "igw-0123456789abcdef0", blackhole: true)], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.Client.ReplaceRouteAsync(new ReplaceRouteRequest
        {
            RouteTableId = table.Id,
            DestinationCidrBlock = "0.0.0.0/0",
            GatewayId = "igw-0123456789abcdef0",
        }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.Contains("belong to different networks", error.Message, StringComparison.Ordinal);
    }
}
