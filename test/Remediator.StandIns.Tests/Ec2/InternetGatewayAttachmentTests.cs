using System.Net;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Remediator.StandIns.Tests.Ec2;

public sealed class InternetGatewayAttachmentTests
{
    private const string Gateway = "igw-0123456789abcdef0";

    [Fact]
    public async Task A_detached_gateways_routes_in_the_VPC_are_described_as_blackholes()
    {
        var vpc = new TestVpc();
        var table = vpc.Table([Some.Route("0.0.0.0/0", Gateway), Some.Route("::/0", Gateway), Some.Route("64:ff9b::/96", "nat-0123456789abcdef0")], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        await ec2.Client.DetachInternetGatewayAsync(new DetachInternetGatewayRequest { InternetGatewayId = Gateway, VpcId = vpc.Id });

        var states = (await ec2.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { RouteTableIds = [table.Id] }))
            .RouteTables.Single().Routes.Select(r => r.State.Value);
        Assert.Equal(["active", "blackhole", "blackhole", "active"], states);
        Assert.Null(ec2.StandIn.World.AttachedVpcOf(Gateway));
    }

    [Fact]
    public async Task Attached_again_the_gateways_routes_carry_traffic_again()
    {
        var vpc = new TestVpc();
        vpc.Table([Some.Route("::/0", Gateway, blackhole: true)], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        await ec2.Client.AttachInternetGatewayAsync(new AttachInternetGatewayRequest { InternetGatewayId = Gateway, VpcId = vpc.Id });

        var route = ec2.StandIn.World.Snapshot().RouteTables.Single().Routes.Single(r => r.Target.Id == Gateway);
        Assert.True(route.IsIpv6ToInternetGateway);
        Assert.Equal(vpc.Id, ec2.StandIn.World.AttachedVpcOf(Gateway));
    }

    [Fact]
    public async Task Attached_to_another_VPC_the_gateway_leaves_the_first_VPCs_routes_blackholes()
    {
        var first = new TestVpc();
        var second = new TestVpc();
        first.Table([Some.Route("::/0", Gateway, blackhole: true)], []);
        second.Table([Some.Route("::/0", Gateway, blackhole: true)], []);
        await using var ec2 = await Ec2Session.StartAsync(TestVpc.Combine(first, second));

        await ec2.Client.AttachInternetGatewayAsync(new AttachInternetGatewayRequest { InternetGatewayId = Gateway, VpcId = second.Id });

        var blackholeIn = ec2.StandIn.World.Snapshot().RouteTables.ToDictionary(t => t.VpcId, t => t.Routes.Single(r => r.Target.Id == Gateway).IsBlackhole);
        Assert.Equal(new Dictionary<string, bool> { [first.Id] = true, [second.Id] = false }, blackholeIn);
    }

    [Fact]
    public async Task Attaching_a_gateway_that_is_attached_is_Resource_AlreadyAssociated_even_to_its_own_VPC()
    {
        var vpc = new TestVpc();
        vpc.Table([Some.Route("::/0", Gateway)], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.Client.AttachInternetGatewayAsync(new AttachInternetGatewayRequest { InternetGatewayId = Gateway, VpcId = vpc.Id }));

        Assert.Equal(("Resource.AlreadyAssociated", HttpStatusCode.BadRequest), (error.ErrorCode, error.StatusCode));
        Assert.Equal($"resource {Gateway} is already attached to network {vpc.Id}", error.Message);
    }

    [Fact]
    public async Task A_VPC_that_has_a_gateway_takes_no_second_one()
    {
        var vpc = new TestVpc();
        vpc.Table([Some.Route("::/0", Gateway)], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());
        ec2.StandIn.World.PutInternetGateway("igw-0fedcba9876543210");

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.Client.AttachInternetGatewayAsync(
            new AttachInternetGatewayRequest { InternetGatewayId = "igw-0fedcba9876543210", VpcId = vpc.Id }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.Equal($"Network {vpc.Id} already has an internet gateway attached", error.Message);
        Assert.Null(ec2.StandIn.World.AttachedVpcOf("igw-0fedcba9876543210"));
    }

    [Fact]
    public async Task Detaching_from_a_VPC_the_gateway_is_not_attached_to_is_Gateway_NotAttached()
    {
        var vpc = new TestVpc();
        var other = new TestVpc();
        vpc.Table([Some.Route("::/0", Gateway)], []);
        await using var ec2 = await Ec2Session.StartAsync(TestVpc.Combine(vpc, other));

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.Client.DetachInternetGatewayAsync(new DetachInternetGatewayRequest { InternetGatewayId = Gateway, VpcId = other.Id }));

        Assert.Equal("Gateway.NotAttached", error.ErrorCode);
        Assert.Equal(vpc.Id, ec2.StandIn.World.AttachedVpcOf(Gateway));
    }

    [Theory]
    [InlineData(true, "igw-0000000000000dead", null, "InvalidInternetGatewayID.NotFound")]
    [InlineData(false, "igw-0000000000000dead", null, "InvalidInternetGatewayID.NotFound")]
    [InlineData(true, Gateway, "vpc-0000000000000dead", "InvalidVpcID.NotFound")]
    [InlineData(false, Gateway, "vpc-0000000000000dead", "InvalidVpcID.NotFound")]
    public async Task An_unknown_gateway_or_VPC_is_NotFound(bool attach, string gatewayId, string? vpcId, string code)
    {
        var vpc = new TestVpc();
        vpc.Table([Some.Route("::/0", Gateway, blackhole: true)], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => attach
            ? ec2.Client.AttachInternetGatewayAsync(new AttachInternetGatewayRequest { InternetGatewayId = gatewayId, VpcId = vpcId ?? vpc.Id })
            : ec2.Client.DetachInternetGatewayAsync(new DetachInternetGatewayRequest { InternetGatewayId = gatewayId, VpcId = vpcId ?? vpc.Id }));

        Assert.Equal(code, error.ErrorCode);
    }
}
