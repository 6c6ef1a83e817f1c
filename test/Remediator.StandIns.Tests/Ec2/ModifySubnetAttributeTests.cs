using Amazon.EC2;
using Amazon.EC2.Model;

namespace Remediator.StandIns.Tests.Ec2;

public sealed class ModifySubnetAttributeTests
{
    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Auto_assigning_public_IPv4_addresses_is_switched_as_asked_and_described(bool before, bool after)
    {
        var vpc = new TestVpc();
        var subnet = vpc.Subnet(mapPublicIp: before);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        await ec2.Client.ModifySubnetAttributeAsync(new ModifySubnetAttributeRequest { SubnetId = subnet.Id, MapPublicIpOnLaunch = after });

        var described = (await ec2.Client.DescribeSubnetsAsync(new DescribeSubnetsRequest { SubnetIds = [subnet.Id] })).Subnets.Single();
        Assert.Equal(after, described.MapPublicIpOnLaunch);
        Assert.Equal(subnet with { MapPublicIpOnLaunch = after }, ec2.StandIn.World.Snapshot().Subnets.Single());
    }

    [Fact]
    public async Task An_attribute_the_world_does_not_hold_is_accepted_and_changes_nothing()
    {
        var vpc = new TestVpc();
        vpc.Subnet(mapPublicIp: true);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        await ec2.Client.ModifySubnetAttributeAsync(new ModifySubnetAttributeRequest
        {
            SubnetId = vpc.Snapshot().Subnets.Single().Id,
            AssignIpv6AddressOnCreation = true,
        });

        Assert.Equal(vpc.Snapshot(), ec2.StandIn.World.Snapshot());
    }

    [Fact]
    public async Task An_unknown_subnet_is_InvalidSubnetID_NotFound()
    {
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.Client.ModifySubnetAttributeAsync(new ModifySubnetAttributeRequest { SubnetId = "subnet-0000000000000dead", MapPublicIpOnLaunch = false }));

        Assert.Equal("InvalidSubnetID.NotFound", error.ErrorCode);
    }
}
