using System.Net;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Remediator.StandIns.Tests.Ec2;

public sealed class DisassociateRouteTableTests
{
    [Fact]
    public async Task A_disassociated_subnet_falls_back_to_its_VPCs_main_table()
    {
        var vpc = new TestVpc();
        var subnet = vpc.Subnet();
        var main = vpc.Table([], [], main: true);
        var table = vpc.Table([], [subnet]);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        await ec2.Client.DisassociateRouteTableAsync(new DisassociateRouteTableRequest { AssociationId = table.Associations.Single().Id });

        var associated = (await ec2.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest
        {
            Filters = [new Filter("association.subnet-id", [subnet.Id])],
        })).RouteTables;
        Assert.Null(associated); // AWSSDK v4 leaves an empty list null
        Assert.Empty(ec2.StandIn.World.Snapshot().RouteTables.Single(t => t.Id == table.Id).Associations);
        Assert.Equal(main.Id, ec2.StandIn.World.Snapshot().ByVpc().Single().EffectiveRouteTableOf(subnet.Id)?.Id);
    }

    [Fact]
    public async Task An_unknown_association_is_InvalidAssociationID_NotFound()
    {
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.Client.DisassociateRouteTableAsync(new DisassociateRouteTableRequest { AssociationId = "rtbassoc-0000000000000dead" }));

        Assert.Equal(("InvalidAssociationID.NotFound", HttpStatusCode.BadRequest), (error.ErrorCode, error.StatusCode));
        Assert.Equal("The association ID 'rtbassoc-0000000000000dead' does not exist", error.Message);
    }

    [Fact]
    public async Task The_main_association_cannot_be_disassociated()
    {
        var vpc = new TestVpc();
        var main = vpc.Table([], [], main: true);
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.Client.DisassociateRouteTableAsync(new DisassociateRouteTableRequest { AssociationId = main.Associations.Single().Id }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.Equal(vpc.Snapshot(), ec2.StandIn.World.Snapshot());
    }
}
