using System.Net;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace Remediator.StandIns.Tests.Ec2;

public sealed class EgressOnlyInternetGatewayTests
{
    [Fact]
    public async Task A_created_gateway_is_attached_to_its_VPC_and_tagged_as_asked()
    {
        var vpc = new TestVpc();
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var created = await ec2.Client.CreateEgressOnlyInternetGatewayAsync(new CreateEgressOnlyInternetGatewayRequest
        {
            VpcId = vpc.Id,
            ClientToken = "remediator-" + vpc.Id,
            TagSpecifications = [new TagSpecification
            {
                ResourceType = ResourceType.EgressOnlyInternetGateway,
                Tags = [new Tag("created-by", "remediator")],
            }],
        });

        var gateway = created.EgressOnlyInternetGateway;
        Assert.Matches("^eigw-[0-9a-f]{17}$", gateway.EgressOnlyInternetGatewayId);
        Assert.Equal("remediator-" + vpc.Id, created.ClientToken);
        var attachment = Assert.Single(gateway.Attachments);
        Assert.Equal((vpc.Id, AttachmentStatus.Attached), (attachment.VpcId, attachment.State));
        Assert.Equal(("created-by", "remediator"), (gateway.Tags.Single().Key, gateway.Tags.Single().Value));
        var inWorld = Assert.Single(ec2.StandIn.World.Snapshot().EgressOnlyInternetGateways);
        Assert.Equal(gateway.EgressOnlyInternetGatewayId, inWorld.Id);
        Assert.True(inWorld.IsAttachedTo(vpc.Id));
    }

    [Fact]
    public async Task The_same_client_token_twice_answers_the_same_gateway()
    {
        var vpc = new TestVpc();
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());
        var request = new CreateEgressOnlyInternetGatewayRequest { VpcId = vpc.Id, ClientToken = "token-1" };

        var first = await ec2.Client.CreateEgressOnlyInternetGatewayAsync(request);
        var second = await ec2.Client.CreateEgressOnlyInternetGatewayAsync(request);

        Assert.Equal(first.EgressOnlyInternetGateway.EgressOnlyInternetGatewayId, second.EgressOnlyInternetGateway.EgressOnlyInternetGatewayId);
        Assert.Single(ec2.StandIn.World.Snapshot().EgressOnlyInternetGateways);
    }

    [Fact]
    public async Task Eight_concurrent_creations_with_one_client_token_make_one_gateway()
    {
        var vpc = new TestVpc();
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            ec2.Client.CreateEgressOnlyInternetGatewayAsync(new CreateEgressOnlyInternetGatewayRequest { VpcId = vpc.Id, ClientToken = "race" })));

        Assert.Single(answers.Select(a => a.EgressOnlyInternetGateway.EgressOnlyInternetGatewayId).Distinct());
        Assert.Single(ec2.StandIn.World.Snapshot().EgressOnlyInternetGateways);
        Assert.Equal(8, ec2.StandIn.Calls.Count("CreateEgressOnlyInternetGateway"));
    }

    [Fact]
    public async Task Without_a_client_token_every_call_creates_another_gateway()
    {
        var vpc = new TestVpc();
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        await ec2.Client.CreateEgressOnlyInternetGatewayAsync(new CreateEgressOnlyInternetGatewayRequest { VpcId = vpc.Id });
        await ec2.Client.CreateEgressOnlyInternetGatewayAsync(new CreateEgressOnlyInternetGatewayRequest { VpcId = vpc.Id });

        Assert.Equal(2, ec2.StandIn.World.Snapshot().EgressOnlyInternetGateways.Count);
    }

    [Fact]
    public async Task The_same_client_token_for_another_VPC_is_IdempotentParameterMismatch()
    {
        var a = new TestVpc();
        var b = new TestVpc();
        await using var ec2 = await Ec2Session.StartAsync(TestVpc.Combine(a, b));
        await ec2.Client.CreateEgressOnlyInternetGatewayAsync(new CreateEgressOnlyInternetGatewayRequest { VpcId = a.Id, ClientToken = "shared" });

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.Client.CreateEgressOnlyInternetGatewayAsync(new CreateEgressOnlyInternetGatewayRequest { VpcId = b.Id, ClientToken = "shared" }));

        Assert.Equal(("IdempotentParameterMismatch", HttpStatusCode.BadRequest), (error.ErrorCode, error.StatusCode));
    }

    [Fact]
    public async Task Creating_a_gateway_in_an_unknown_VPC_is_InvalidVpcID_NotFound()
    {
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.Client.CreateEgressOnlyInternetGatewayAsync(new CreateEgressOnlyInternetGatewayRequest { VpcId = "vpc-0000000000000dead" }));

        Assert.Equal("InvalidVpcID.NotFound", error.ErrorCode);
    }

    [Fact]
    public async Task Gateways_are_described_with_their_attachments_and_found_by_tag()
    {
        var a = new TestVpc();
        var b = new TestVpc();
        var ours = a.EgressGateway(Remediator.Network.Tags.Of(("created-by", "remediator")));
        var theirs = b.EgressGateway();
        await using var ec2 = await Ec2Session.StartAsync(TestVpc.Combine(a, b));

        var all = (await ec2.Client.DescribeEgressOnlyInternetGatewaysAsync(new DescribeEgressOnlyInternetGatewaysRequest())).EgressOnlyInternetGateways;
        var tagged = (await ec2.Client.DescribeEgressOnlyInternetGatewaysAsync(new DescribeEgressOnlyInternetGatewaysRequest
        {
            Filters = [new Filter("tag:created-by", ["remediator"])],
        })).EgressOnlyInternetGateways;
        var byKey = (await ec2.Client.DescribeEgressOnlyInternetGatewaysAsync(new DescribeEgressOnlyInternetGatewaysRequest
        {
            Filters = [new Filter("tag-key", ["created-by"])],
        })).EgressOnlyInternetGateways;

        Assert.Equal(new[] { ours.Id, theirs.Id }.Order(StringComparer.Ordinal), all.Select(g => g.EgressOnlyInternetGatewayId));
        Assert.Equal(b.Id, all.Single(g => g.EgressOnlyInternetGatewayId == theirs.Id).Attachments.Single().VpcId);
        Assert.Equal([ours.Id], tagged.Select(g => g.EgressOnlyInternetGatewayId));
        Assert.Equal([ours.Id], byKey.Select(g => g.EgressOnlyInternetGatewayId));
    }

    [Fact]
    public async Task There_is_no_filter_by_attached_VPC_so_callers_must_read_the_attachments()
    {
        var vpc = new TestVpc();
        vpc.EgressGateway();
        await using var ec2 = await Ec2Session.StartAsync(vpc.Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.Client.DescribeEgressOnlyInternetGatewaysAsync(new DescribeEgressOnlyInternetGatewaysRequest
            {
                Filters = [new Filter("attachment.vpc-id", [vpc.Id])],
            }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
    }

    [Fact]
    public async Task An_unknown_gateway_id_is_InvalidEgressOnlyInternetGatewayId_NotFound()
    {
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.Client.DescribeEgressOnlyInternetGatewaysAsync(new DescribeEgressOnlyInternetGatewaysRequest
            {
                EgressOnlyInternetGatewayIds = ["eigw-0000000000000dead"],
            }));

        Assert.Equal("InvalidEgressOnlyInternetGatewayId.NotFound", error.ErrorCode);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(256)]
    public async Task MaxResults_outside_5_to_255_is_InvalidParameterValue(int maxResults)
    {
        await using var ec2 = await Ec2Session.StartAsync(new TestVpc().Snapshot());

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.Client.DescribeEgressOnlyInternetGatewaysAsync(new DescribeEgressOnlyInternetGatewaysRequest { MaxResults = maxResults }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
    }
}
