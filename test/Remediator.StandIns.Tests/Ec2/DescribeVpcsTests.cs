using System.Net;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Remediator.StandIns.Tests.Ec2;

public sealed class DescribeVpcsTests
{
    [Fact]
    public async Task A_VPC_is_described_with_its_tags()
    {
        var vpc = new TestVpc(Remediator.Network.Tags.Of(("remediator:exempt", "true")));
        await using var ec2 = await Ec2Session.StartAsync(TestVpc.Combine(vpc, new TestVpc()));

        var described = (await ec2.Client.DescribeVpcsAsync(new DescribeVpcsRequest { VpcIds = [vpc.Id] })).Vpcs.Single();

        Assert.Equal(vpc.Id, described.VpcId);
        Assert.Equal(VpcState.Available, described.State);
        Assert.Equal(("remediator:exempt", "true"), (described.Tags.Single().Key, described.Tags.Single().Value));
    }

    [Fact]
    public async Task An_unknown_VPC_id_is_InvalidVpcID_NotFound()
    {
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.Client.DescribeVpcsAsync(new DescribeVpcsRequest { VpcIds = ["vpc-0000000000000dead"] }));

        Assert.Equal(("InvalidVpcID.NotFound", HttpStatusCode.BadRequest), (error.ErrorCode, error.StatusCode));
    }

    [Fact]
    public async Task The_vpc_id_filter_and_MaxResults_work_together()
    {
        var vpcs = Enumerable.Range(0, 6).Select(_ => new TestVpc()).ToArray();
        await using var ec2 = await Ec2Session.StartAsync(TestVpc.Combine(vpcs));

        var page = await ec2.Client.DescribeVpcsAsync(new DescribeVpcsRequest
        {
            Filters = [new Filter("vpc-id", [.. vpcs.Select(v => v.Id)])],
            MaxResults = 5,
        });

        Assert.Equal(5, page.Vpcs.Count);
        Assert.NotNull(page.NextToken);
    }
}
