using System.Net;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Remediator.StandIns.Tests.Ec2;

public sealed class DescribeSubnetsTests
{
    [Fact]
    public async Task A_dual_stack_subnet_is_described_with_both_CIDRs_and_its_tags()
    {
        var vpc = new TestVpc();
        var subnet = vpc.Subnet("10.0.7.0/24", "2001:db8:0:7::/64", Remediator.Network.Tags.Of(("Tier", "private")), mapPublicIp: true);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var described = (await ec2.Client.DescribeSubnetsAsync(new DescribeSubnetsRequest { SubnetIds = [subnet.Id] })).Subnets.Single();

        Assert.Equal(subnet.Id, described.SubnetId);
        Assert.Equal(vpc.Id, described.VpcId);
        Assert.Equal("10.0.7.0/24", described.CidrBlock);
        var association = Assert.Single(described.Ipv6CidrBlockAssociationSet);
        Assert.Equal("2001:db8:0:7::/64", association.Ipv6CidrBlock);
        Assert.Equal(SubnetCidrBlockStateCode.Associated, association.Ipv6CidrBlockState.State);
        Assert.StartsWith("subnet-cidr-assoc-", association.AssociationId, StringComparison.Ordinal);
        Assert.True(described.MapPublicIpOnLaunch);
        Assert.False(described.Ipv6Native);
        Assert.Equal(SubnetState.Available, described.State);
        Assert.Equal("111122223333", described.OwnerId);
        Assert.Equal(("Tier", "private"), (described.Tags.Single().Key, described.Tags.Single().Value));
    }

    [Fact]
    public async Task An_IPv6_only_subnet_has_no_IPv4_CIDR_and_is_IPv6_native()
    {
        var vpc = new TestVpc();
        var subnet = vpc.Subnet(ipv4Cidr: null);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var described = (await ec2.Client.DescribeSubnetsAsync(new DescribeSubnetsRequest { SubnetIds = [subnet.Id] })).Subnets.Single();

        Assert.Null(described.CidrBlock);
        Assert.True(described.Ipv6Native);
    }

    [Fact]
    public async Task The_vpc_id_filter_selects_one_VPCs_subnets_across_pages()
    {
        var a = new TestVpc();
        var b = new TestVpc();
        var wanted = Enumerable.Range(0, 7).Select(_ => a.Subnet()).ToList();
        b.Subnet();
        await using var ec2 = await Ec2Session.StartAsync(TestVpc.Combine(a, b));

        var request = new DescribeSubnetsRequest { Filters = [new Filter("vpc-id", [a.Id])], MaxResults = 5 };
        var first = await ec2.Client.DescribeSubnetsAsync(request);
        request.NextToken = first.NextToken;
        var second = await ec2.Client.DescribeSubnetsAsync(request);

        Assert.Equal((5, 2), (first.Subnets.Count, second.Subnets.Count));
        Assert.Null(second.NextToken);
        Assert.Equal(
            wanted.Select(s => s.Id).Order(StringComparer.Ordinal),
            first.Subnets.Concat(second.Subnets).Select(s => s.SubnetId));
    }

    [Fact]
    public async Task An_unknown_subnet_id_is_InvalidSubnetID_NotFound()
    {
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.Client.DescribeSubnetsAsync(new DescribeSubnetsRequest { SubnetIds = ["subnet-0000000000000dead"] }));

        Assert.Equal(("InvalidSubnetID.NotFound", HttpStatusCode.BadRequest), (error.ErrorCode, error.StatusCode));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(1001)]
    public async Task MaxResults_outside_5_to_1000_is_InvalidParameterValue(int maxResults)
    {
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.Client.DescribeSubnetsAsync(new DescribeSubnetsRequest { MaxResults = maxResults }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
    }
}
