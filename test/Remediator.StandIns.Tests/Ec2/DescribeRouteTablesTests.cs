using Amazon.EC2;
using Amazon.EC2.Model;

namespace Remediator.StandIns.Tests.Ec2;

public sealed class DescribeRouteTablesTests
{
    [Fact]
    public async Task Pages_of_five_return_every_table_exactly_once()
    {
        var vpc = new TestVpc();
        var tables = Enumerable.Range(0, 12).Select(_ => vpc.Table([], [])).ToList();
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var seen = new List<string>();
        var pages = 0;
        string? token = null;
        do
        {
            var page = await ec2.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { MaxResults = 5, NextToken = token });
            Assert.InRange(page.RouteTables.Count, 1, 5);
            seen.AddRange(page.RouteTables.Select(t => t.RouteTableId));
            token = page.NextToken;
            pages++;
        }
        while (token is not null);

        Assert.Equal(3, pages);
        Assert.Equal(tables.Select(t => t.Id).Order(StringComparer.Ordinal), seen);
        Assert.Equal(3, ec2.StandIn.Calls.Count("DescribeRouteTables"));
    }

    [Fact]
    public async Task The_SDK_paginator_walks_every_page()
    {
        var vpc = new TestVpc();
        var tables = Enumerable.Range(0, 11).Select(_ => vpc.Table([], [])).ToList();
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var seen = new List<string>();
        await foreach (var table in ec2.Client.Paginators.DescribeRouteTables(new DescribeRouteTablesRequest { MaxResults = 5 }).RouteTables)
        {
            seen.Add(table.RouteTableId);
        }

        Assert.Equal(tables.Select(t => t.Id).Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task A_table_removed_between_two_pages_does_not_shift_the_others()
    {
        var vpc = new TestVpc();
        var tables = Enumerable.Range(0, 10).Select(_ => vpc.Table([], [])).ToList();
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var first = await ec2.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { MaxResults = 5 });
        ec2.StandIn.World.RemoveRouteTable(first.RouteTables[0].RouteTableId);
        var second = await ec2.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { MaxResults = 5, NextToken = first.NextToken });

        Assert.Equal(
            tables.Select(t => t.Id).Order(StringComparer.Ordinal),
            first.RouteTables.Concat(second.RouteTables).Select(t => t.RouteTableId));
        Assert.Null(second.NextToken);
    }

    [Fact]
    public async Task Each_route_target_is_listed_under_the_element_EC2_uses_for_its_kind()
    {
        var vpc = new TestVpc();
        var table = vpc.Table(
            [
                Some.Route("::/0", "igw-0123456789abcdef0"),
                Some.Route("0.0.0.0/0", "nat-0123456789abcdef0"),
                Some.Route("64:ff9b::/96", "nat-0123456789abcdef0"),
                Some.Route("2000::/3", "eigw-0123456789abcdef0"),
                Some.Route("pl-63a5400a", "vpce-0123456789abcdef0"),
                Some.Route("10.1.0.0/16", "tgw-0123456789abcdef0"),
                Some.Route("10.2.0.0/16", "pcx-0123456789abcdef0"),
                Some.Route("10.3.0.0/16", "vgw-0123456789abcdef0"),
                Some.Route("10.4.0.0/16", "eni-0123456789abcdef0"),
                Some.Route("2600::/16", "igw-0fedcba9876543210", blackhole: true),
            ],
            []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var routes = (await ec2.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { RouteTableIds = [table.Id] }))
            .RouteTables.Single().Routes;

        Route At(string destination) => routes.Single(r =>
            (r.DestinationCidrBlock ?? r.DestinationIpv6CidrBlock ?? r.DestinationPrefixListId) == destination);
        Assert.Equal(("local", "CreateRouteTable", "active"), (At("10.0.0.0/16").GatewayId, At("10.0.0.0/16").Origin.Value, At("10.0.0.0/16").State.Value));
        Assert.Equal("igw-0123456789abcdef0", At("::/0").GatewayId);
        Assert.Equal("::/0", At("::/0").DestinationIpv6CidrBlock);
        Assert.Null(At("::/0").DestinationCidrBlock);
        Assert.Equal(RouteOrigin.CreateRoute, At("::/0").Origin);
        Assert.Equal("nat-0123456789abcdef0", At("0.0.0.0/0").NatGatewayId);
        Assert.Equal("nat-0123456789abcdef0", At("64:ff9b::/96").NatGatewayId);
        Assert.Equal("eigw-0123456789abcdef0", At("2000::/3").EgressOnlyInternetGatewayId);
        Assert.Null(At("2000::/3").GatewayId);
        Assert.Equal("vpce-0123456789abcdef0", At("pl-63a5400a").GatewayId);
        Assert.Equal("tgw-0123456789abcdef0", At("10.1.0.0/16").TransitGatewayId);
        Assert.Equal("pcx-0123456789abcdef0", At("10.2.0.0/16").VpcPeeringConnectionId);
        Assert.Equal("vgw-0123456789abcdef0", At("10.3.0.0/16").GatewayId);
        Assert.Equal("eni-0123456789abcdef0", At("10.4.0.0/16").NetworkInterfaceId);
        Assert.Equal(RouteState.Blackhole, At("2600::/16").State);
    }

    [Fact]
    public async Task The_main_table_lists_its_main_association_but_not_the_subnets_it_serves_implicitly()
    {
        var vpc = new TestVpc();
        vpc.Subnet();
        vpc.Subnet();
        var associated = vpc.Subnet();
        var main = vpc.Table([], [associated], main: true);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var table = (await ec2.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { RouteTableIds = [main.Id] })).RouteTables.Single();

        Assert.Equal(2, table.Associations.Count);
        var mainAssociation = table.Associations.Single(a => a.Main == true);
        Assert.Null(mainAssociation.SubnetId);
        Assert.Equal(main.Id, mainAssociation.RouteTableId);
        Assert.Equal(RouteTableAssociationStateCode.Associated, mainAssociation.AssociationState.State);
        Assert.Equal(associated.Id, table.Associations.Single(a => a.Main == false).SubnetId);
        Assert.Equal(vpc.Id, table.VpcId);
        Assert.Equal("111122223333", table.OwnerId);
    }

    [Fact]
    public async Task Filters_select_by_VPC_subnet_association_main_flag_and_tag()
    {
        var a = new TestVpc();
        var b = new TestVpc();
        var subnet = a.Subnet();
        var aMain = a.Table([], [], main: true);
        var aCustom = a.Table([], [subnet], tags: Remediator.Network.Tags.Of(("Name", "app-private-1a")));
        var bMain = b.Table([], [], main: true);
        await using var ec2 = await Ec2Session.StartAsync(TestVpc.Combine(a, b));

        async Task<IEnumerable<string>> Ids(params Filter[] filters) =>
            (await ec2.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { Filters = [.. filters] }))
            .RouteTables.Select(t => t.RouteTableId).Order(StringComparer.Ordinal);

        Assert.Equal(new[] { aMain.Id, aCustom.Id }.Order(StringComparer.Ordinal), await Ids(new Filter("vpc-id", [a.Id])));
        Assert.Equal([aCustom.Id], await Ids(new Filter("association.subnet-id", [subnet.Id])));
        Assert.Equal(new[] { aMain.Id, bMain.Id }.Order(StringComparer.Ordinal), await Ids(new Filter("association.main", ["true"])));
        Assert.Equal([aMain.Id], await Ids(new Filter("association.main", ["true"]), new Filter("vpc-id", [a.Id])));
        Assert.Equal([aCustom.Id], await Ids(new Filter("tag:Name", ["*-private-*"])));
        Assert.Equal([aCustom.Id], await Ids(new Filter("route-table-id", [aCustom.Id, "rtb-00000000"])));
    }

    [Fact]
    public async Task An_unknown_route_table_id_is_InvalidRouteTableID_NotFound()
    {
        var vpc = new TestVpc();
        var table = vpc.Table([], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { RouteTableIds = [table.Id, "rtb-0000000000000dead"] }));

        Assert.Equal("InvalidRouteTableID.NotFound", error.ErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("rtb-0000000000000dead", error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(101)]
    public async Task MaxResults_outside_5_to_100_is_InvalidParameterValue(int maxResults)
    {
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { MaxResults = maxResults }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
    }

    [Fact]
    public async Task A_filter_the_reference_does_not_document_is_InvalidParameterValue()
    {
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { Filters = [new Filter("subnet-id", ["subnet-1"])] }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.Contains("subnet-id", error.Message, StringComparison.Ordinal);
    }
}
