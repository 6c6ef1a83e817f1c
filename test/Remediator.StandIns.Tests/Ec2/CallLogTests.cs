using Amazon.EC2.Model;

namespace Remediator.StandIns.Tests.Ec2;

public sealed class CallLogTests
{
    [Fact]
    public async Task The_log_keeps_the_parameters_as_the_SDK_sent_them_and_the_region_it_signed_for()
    {
        var vpc = new TestVpc();
        var table = vpc.Table([], []);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        await ec2.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest
        {
            RouteTableIds = [table.Id],
            Filters = [new Filter("vpc-id", [vpc.Id]), new Filter("association.main", ["true", "false"])],
            MaxResults = 5,
        });

        var call = ec2.StandIn.Calls.All.Single();
        Assert.Equal("DescribeRouteTables", call.Action);
        Assert.Equal("2016-11-15", call["Version"]);
        Assert.Equal(table.Id, call["RouteTableId.1"]);
        Assert.Equal(("vpc-id", vpc.Id), (call["Filter.1.Name"], call["Filter.1.Value.1"]));
        Assert.Equal(("association.main", "true", "false"), (call["Filter.2.Name"], call["Filter.2.Value.1"], call["Filter.2.Value.2"]));
        Assert.Equal("5", call["MaxResults"]);
        Assert.Equal(Ec2Session.Region, call.SigningRegion);
        Assert.Equal((1, 200), (call.Ordinal, call.Status));
    }

    [Fact]
    public async Task The_create_call_carries_the_client_token_and_tags_as_TagSpecification_parameters()
    {
        var vpc = new TestVpc();
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        await ec2.Client.CreateEgressOnlyInternetGatewayAsync(new CreateEgressOnlyInternetGatewayRequest
        {
            VpcId = vpc.Id,
            ClientToken = "token",
            TagSpecifications = [new TagSpecification { ResourceType = "egress-only-internet-gateway", Tags = [new Tag("k", "v")] }],
        });

        var call = ec2.StandIn.Calls.Of("CreateEgressOnlyInternetGateway").Single();
        Assert.Equal((vpc.Id, "token"), (call["VpcId"], call["ClientToken"]));
        Assert.Equal("egress-only-internet-gateway", call["TagSpecification.1.ResourceType"]);
        Assert.Equal(("k", "v"), (call["TagSpecification.1.Tag.1.Key"], call["TagSpecification.1.Tag.1.Value"]));
    }

    [Fact]
    public async Task Calls_are_counted_per_action()
    {
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot());

        await ec2.Client.DescribeSubnetsAsync(new DescribeSubnetsRequest());
        await ec2.Client.DescribeSubnetsAsync(new DescribeSubnetsRequest());
        await ec2.Client.DescribeVpcsAsync(new DescribeVpcsRequest());

        Assert.Equal((2, 1, 0, 3), (
            ec2.StandIn.Calls.Count("DescribeSubnets"),
            ec2.StandIn.Calls.Count("DescribeVpcs"),
            ec2.StandIn.Calls.Count("ReplaceRoute"),
            ec2.StandIn.Calls.Total));
        Assert.Equal([1, 2, 3], ec2.StandIn.Calls.All.Select(c => c.Ordinal));
    }
}
