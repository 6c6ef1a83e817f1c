using Amazon.EC2;
using Remediator.Ec2.Reading;
using Sdk = Amazon.EC2.Model;

namespace Remediator.Ec2.Tests;

/// <summary>The SDK's objects go through the same mapping as an offline world, states and all.</summary>
public sealed class Ec2RecordsTests
{
    [Fact]
    public void An_EC2_answer_without_an_id_is_an_error_naming_the_field()
    {
        var table = new Sdk.RouteTable { RouteTableId = "rtb-0123456789abcdef0" };

        var error = Assert.Throws<InvalidDataException>(() => Ec2Records.RouteTable(table));

        Assert.Equal("EC2 described a route table whose VpcId is missing.", error.Message);
    }

    [Fact]
    public void Only_attached_VPCs_count_as_a_gateway_s_attachments()
    {
        var gateway = new Sdk.EgressOnlyInternetGateway
        {
            EgressOnlyInternetGatewayId = "eigw-0123456789abcdef0",
            Attachments =
            [
                new Sdk.InternetGatewayAttachment { State = AttachmentStatus.Attached, VpcId = "vpc-0123456789abcdef0" },
                new Sdk.InternetGatewayAttachment { State = AttachmentStatus.Detaching, VpcId = "vpc-0fedcba9876543210" },
            ],
        };

        Assert.Equal(["vpc-0123456789abcdef0"], Ec2Records.EgressOnlyInternetGateway(gateway).AttachedVpcIds);
    }

    [Fact]
    public void A_route_to_a_NAT_instance_targets_its_network_interface_and_a_blackhole_stays_one()
    {
        var route = new Sdk.Route
        {
            DestinationIpv6CidrBlock = "::/0",
            InstanceId = "i-0123456789abcdef0",
            InstanceOwnerId = "111122223333",
            NetworkInterfaceId = "eni-0123456789abcdef0",
            State = RouteState.Blackhole,
        };

        var read = Ec2Records.RouteTable(new Sdk.RouteTable { RouteTableId = "rtb-0123456789abcdef0", VpcId = "vpc-0123456789abcdef0", Routes = [route] });

        Assert.Equal("eni-0123456789abcdef0", read.Routes.Single().Target.Id);
        Assert.True(read.Routes.Single().IsBlackhole);
    }
}
