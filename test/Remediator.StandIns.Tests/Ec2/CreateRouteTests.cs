using System.Net;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Remediator.StandIns.Tests.Ec2;

public sealed class CreateRouteTests
{
    [Fact]
    public async Task A_created_IPv4_default_route_to_a_NAT_gateway_is_described_active_under_natGatewayId()
    {
        var vpc = new TestVpc();
        var table = vpc.Table([Some.Route("::/0", "igw-0123456789abcdef0")], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var created = await ec2.Client.CreateRouteAsync(new CreateRouteRequest
        {
            RouteTableId = table.Id,
            DestinationCidrBlock = "0.0.0.0/0",
            NatGatewayId = "nat-0123456789abcdef0",
        });

        Assert.True(created.Return);
        var route = (await ec2.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { RouteTableIds = [table.Id] }))
            .RouteTables.Single().Routes.Single(r => r.DestinationCidrBlock == "0.0.0.0/0");
        Assert.Equal(("nat-0123456789abcdef0", RouteState.Active), (route.NatGatewayId, route.State));
        Assert.Contains(Some.Route("0.0.0.0/0", "nat-0123456789abcdef0"), ec2.StandIn.World.Snapshot().RouteTables.Single().Routes);
    }

    [Fact]
    public async Task A_destination_is_kept_in_the_shortest_form_EC2_describes()
    {
        var vpc = new TestVpc();
        var table = vpc.Table([], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        await ec2.Client.CreateRouteAsync(new CreateRouteRequest
        {
            RouteTableId = table.Id,
            DestinationIpv6CidrBlock = "64:FF9B:0:0::/96",
            NatGatewayId = "nat-0123456789abcdef0",
        });

        Assert.Contains(Some.Route("64:ff9b::/96", "nat-0123456789abcdef0"), ec2.StandIn.World.Snapshot().RouteTables.Single().Routes);
    }

    [Theory]
    [InlineData("0.0.0.0/0")]
    [InlineData("::/0")]
    [InlineData("0:0::/0")]
    public async Task A_destination_the_table_already_routes_is_RouteAlreadyExists_whatever_the_target(string destination)
    {
        var vpc = new TestVpc();
        var table = vpc.Table([Some.Route("0.0.0.0/0", "igw-0123456789abcdef0"), Some.Route("::/0", "igw-0123456789abcdef0")], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());
        var request = new CreateRouteRequest { RouteTableId = table.Id, NatGatewayId = "nat-0123456789abcdef0" };
        if (destination.Contains(':', StringComparison.Ordinal))
        {
            request.DestinationIpv6CidrBlock = destination;
        }
        else
        {
            request.DestinationCidrBlock = destination;
        }

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.Client.CreateRouteAsync(request));

        Assert.Equal(("RouteAlreadyExists", HttpStatusCode.BadRequest), (error.ErrorCode, error.StatusCode));
        Assert.Equal(vpc.Snapshot(), ec2.StandIn.World.Snapshot());
    }

    [Fact]
    public async Task A_route_to_the_internet_gateway_of_another_VPC_is_refused()
    {
        var vpc = new TestVpc();
        var other = new TestVpc();
        var table = vpc.Table([], []);
        other.Table([Some.Route("::/0", "igw-0fedcba9876543210")], []);
        await using var ec2 = await Ec2Session.StartAsync(TestVpc.Combine(vpc, other));

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.Client.CreateRouteAsync(new CreateRouteRequest
        {
            RouteTableId = table.Id,
            DestinationIpv6CidrBlock = "::/0",
            GatewayId = "igw-0fedcba9876543210",
        }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.Contains("belong to different networks", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_route_to_an_internet_gateway_the_world_does_not_know_is_InvalidGatewayID_NotFound()
    {
        var vpc = new TestVpc();
        var table = vpc.Table([], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.Client.CreateRouteAsync(new CreateRouteRequest
        {
            RouteTableId = table.Id,
            DestinationIpv6CidrBlock = "::/0",
            GatewayId = "igw-0000000000000dead",
        }));

        Assert.Equal("InvalidGatewayID.NotFound", error.ErrorCode);
    }

    [Theory]
    [InlineData("an unknown table", "InvalidRouteTableID.NotFound")]
    [InlineData("an IPv4 destination that is no CIDR", "InvalidParameterValue")]
    [InlineData("an IPv6 CIDR as the IPv4 destination", "InvalidParameterValue")]
    [InlineData("two targets", "InvalidParameterCombination")]
    [InlineData("no target", "MissingParameter")]
    public async Task A_request_EC2_would_refuse_is_refused_with_its_error_and_changes_nothing(string refusal, string code)
    {
        var vpc = new TestVpc();
        var table = vpc.Table([], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());
        var request = new CreateRouteRequest { RouteTableId = table.Id, DestinationCidrBlock = "0.0.0.0/0", NatGatewayId = "nat-0123456789abcdef0" };
        _ = refusal switch
        {
            "an unknown table" => request.RouteTableId = "rtb-0000000000000dead",
            "an IPv4 destination that is no CIDR" => request.DestinationCidrBlock = "0.0.0.0/33",
            "an IPv6 CIDR as the IPv4 destination" => request.DestinationCidrBlock = "::/0",
            "two targets" => request.TransitGatewayId = "tgw-0123456789abcdef0",
            _ => request.NatGatewayId = null,
        };

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.Client.CreateRouteAsync(request));

        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(vpc.Snapshot(), ec2.StandIn.World.Snapshot());
    }
}
