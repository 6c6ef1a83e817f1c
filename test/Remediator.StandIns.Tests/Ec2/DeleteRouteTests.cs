using System.Net;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Remediator.StandIns.Tests.Ec2;

public sealed class DeleteRouteTests
{
    [Fact]
    public async Task Deleting_the_IPv4_default_route_leaves_the_tables_other_routes()
    {
        var vpc = new TestVpc();
        var ipv6 = Some.Route("::/0", "igw-0123456789abcdef0");
        var table = vpc.Table([Some.Route("0.0.0.0/0", "igw-0123456789abcdef0"), ipv6], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        await ec2.Client.DeleteRouteAsync(new DeleteRouteRequest { RouteTableId = table.Id, DestinationCidrBlock = "0.0.0.0/0" });

        var described = (await ec2.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { RouteTableIds = [table.Id] }))
            .RouteTables.Single().Routes;
        Assert.Equal(new string?[] { "10.0.0.0/16", null }, described.Select(r => r.DestinationCidrBlock));
        Assert.Equal([Some.Route("10.0.0.0/16", "local"), ipv6], ec2.StandIn.World.Snapshot().RouteTables.Single().Routes);
    }

    [Fact]
    public async Task Deleting_a_route_the_table_does_not_have_is_InvalidRoute_NotFound()
    {
        var vpc = new TestVpc();
        var table = vpc.Table([Some.Route("::/0", "igw-0123456789abcdef0")], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.Client.DeleteRouteAsync(new DeleteRouteRequest { RouteTableId = table.Id, DestinationCidrBlock = "0.0.0.0/0" }));

        Assert.Equal(("InvalidRoute.NotFound", HttpStatusCode.BadRequest), (error.ErrorCode, error.StatusCode));
        Assert.Equal($"no route with destination-cidr-block 0.0.0.0/0 in route table {table.Id}", error.Message);
    }

    [Fact]
    public async Task The_local_route_cannot_be_deleted()
    {
        var vpc = new TestVpc();
        var table = vpc.Table([], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.Client.DeleteRouteAsync(new DeleteRouteRequest { RouteTableId = table.Id, DestinationCidrBlock = "10.0.0.0/16" }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.Equal(vpc.Snapshot(), ec2.StandIn.World.Snapshot());
    }

    [Fact]
    public async Task Deleting_from_an_unknown_table_is_InvalidRouteTableID_NotFound()
    {
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.Client.DeleteRouteAsync(new DeleteRouteRequest { RouteTableId = "rtb-0000000000000dead", DestinationIpv6CidrBlock = "::/0" }));

        Assert.Equal("InvalidRouteTableID.NotFound", error.ErrorCode);
    }
}
