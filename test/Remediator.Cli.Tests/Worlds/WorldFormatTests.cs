using Remediator.Cli.Hosting;
using Remediator.Cli.Tests.Doubles;
using Remediator.Cli.Worlds;
using Remediator.Network;
using Remediator.StandIns.Worlds;

namespace Remediator.Cli.Tests.Worlds;

/// <summary>Worlds exported as the AWS CLI exports them: pages, NextToken, fields Remediator does not know.</summary>
public sealed class WorldFormatTests
{
    [Theory]
    [InlineData(PageLayout.OnePage)]
    [InlineData(PageLayout.ArrayOfPages)]
    [InlineData(PageLayout.ConcatenatedPages)]
    public void A_world_exported_in_pages_with_NextToken_and_unknown_fields_reads_as_the_network_it_describes(PageLayout layout)
    {
        using var temp = new TempFolder();
        var network = Varied();

        var read = WorldFolder.Read(AwsCliWorld.Write(temp.Path, network, layout, pageSize: 2));

        // Without the optional Block Public Access files, BPA is unknown and the rest is as exported.
        Assert.Equal(network, read with { BlockPublicAccess = null });
        Assert.Contains("describe-vpc-block-public-access-options.json", Assert.IsType<UnknownBlockPublicAccess>(read.BlockPublicAccess).Why, StringComparison.Ordinal);
        Assert.Equal(
            layout != PageLayout.OnePage,
            File.ReadAllText(Path.Combine(temp.Path, "describe-subnets.json")).Contains("\"NextToken\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sample_world_s_Block_Public_Access_reads_with_its_mode_and_the_VPC_it_excludes()
    {
        var bpa = Assert.IsType<KnownBlockPublicAccess>(WorldFolder.Read(Samples.World).BlockPublicAccess);

        Assert.Equal(InternetGatewayBlockMode.BlockBidirectional, bpa.Mode);
        var exclusion = Assert.Single(bpa.Exclusions);
        Assert.Equal(("vpc-0a1b2c3d4e5f60718", InternetGatewayExclusionMode.AllowBidirectional), (exclusion.ResourceId, exclusion.Mode));
    }

    [Fact]
    public void A_Block_Public_Access_mode_this_version_does_not_know_is_named_with_its_file_and_field()
    {
        using var temp = new TempFolder();
        var folder = AwsCliWorld.Write(temp.Path, Varied(), PageLayout.OnePage, pageSize: 2);
        File.WriteAllText(
            Path.Combine(folder, "describe-vpc-block-public-access-options.json"),
            """{"VpcBlockPublicAccessOptions": {"State": "update-complete", "InternetGatewayBlockMode": "block-everything"}}""");

        var error = Assert.Throws<BadInputException>(() => WorldFolder.Read(folder));

        Assert.Contains("describe-vpc-block-public-access-options.json: VpcBlockPublicAccessOptions[0].InternetGatewayBlockMode is 'block-everything'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_world_reads_with_its_two_VPCs_and_their_gateways()
    {
        var world = WorldFolder.Read(Samples.World);

        Assert.Equal(["vpc-0a1b2c3d4e5f60718", "vpc-0f9e8d7c6b5a49382"], world.Vpcs.Select(v => v.Id));
        Assert.Equal(7, world.Subnets.Count);
        var main = world.RouteTables.Single(t => t.Id == Samples.MainTable);
        Assert.True(main.IsMain);
        Assert.Empty(main.ExplicitSubnetIds);
        Assert.True(world.EgressOnlyInternetGateways.Single(g => g.Id == Samples.EgressGateway).IsAttachedTo("vpc-0a1b2c3d4e5f60718"));
        Assert.Null(world.Subnets.Single(s => s.Id == "subnet-0e5f60718293a4b5c").Ipv4Cidr);
    }

    [Fact]
    public void Associations_attachments_and_CIDR_blocks_that_are_no_longer_in_effect_are_left_out()
    {
        using var temp = new TempFolder();
        var network = new TestNetwork();
        var subnet = network.PrivateSubnet();
        network.Table([], [subnet], main: true);
        AwsCliWorld.Write(temp.Path, network.Snapshot());
        Replace(temp.Path, "describe-route-tables.json", "\"State\": \"associated\"", "\"State\": \"disassociated\"");
        Replace(temp.Path, "describe-subnets.json", "\"State\": \"associated\"", "\"State\": \"disassociated\"");

        var read = WorldFolder.Read(temp.Path);

        Assert.Empty(read.RouteTables.Single().Associations);
        Assert.Empty(read.Subnets.Single().Ipv6Cidrs);
    }

    [Fact]
    public void An_association_still_associating_counts_so_that_a_table_read_right_after_AssociateRouteTable_serves_its_subnet()
    {
        using var temp = new TempFolder();
        var network = new TestNetwork();
        var subnet = network.PrivateSubnet();
        network.Table([], [], main: true);
        var table = network.LeakyTable(subnet);
        AwsCliWorld.Write(temp.Path, network.Snapshot());
        Replace(temp.Path, "describe-route-tables.json", "\"State\": \"associated\"", "\"State\": \"associating\"");

        var read = WorldFolder.Read(temp.Path);

        Assert.Equal(table.Id, read.ByVpc().Single().EffectiveRouteTableOf(subnet.Id)?.Id);
    }

    /// <summary>Every field a route answers with its target in; VpcEndpointId is a request field only.</summary>
    public static TheoryData<string> RouteTargetFields => new(RouteTarget.Fields.Where(f => f != "VpcEndpointId"));

    [Theory]
    [MemberData(nameof(RouteTargetFields))]
    public void A_route_target_is_read_from_each_field_EC2_reports_it_in(string field)
    {
        using var temp = new TempFolder();
        var network = new TestNetwork();
        network.Table([Some.Ipv6DefaultTo("eigw-0123456789abcdef0")], [], main: true);
        AwsCliWorld.Write(temp.Path, network.Snapshot());
        Replace(temp.Path, "describe-route-tables.json", "\"EgressOnlyInternetGatewayId\"", $"\"{field}\"");

        var read = WorldFolder.Read(temp.Path);

        Assert.Contains(new RouteTarget("eigw-0123456789abcdef0"), read.RouteTables.Single().Routes.Select(r => r.Target));
    }

    private static NetworkSnapshot Varied()
    {
        var network = new TestNetwork(Tags.Of(("Name", "varied"), ("remediator:exempt", "false")));
        var gateway = network.AttachedEgressGateway();
        network.Table([], [], main: true);
        network.LeakyTable(network.PrivateSubnet(), network.PublicSubnet());
        network.Table(
            [new Route(RouteDestination.Ipv6("64:ff9b::/96"), new RouteTarget("nat-0a1b2c3d4e5f60718")), Some.Ipv6DefaultTo(gateway.Id)],
            [network.Subnet(Tags.Of(("Name", "v6-only")), ipv4: false)]);
        network.Table(
            [new Route(RouteDestination.Ipv6("2000::/3"), new RouteTarget(network.InternetGatewayId), IsBlackhole: true),
             new Route(RouteDestination.PrefixListId("pl-0123456789abcdef0"), new RouteTarget("tgw-0123456789abcdef0"))],
            [network.Subnet(mapPublicIp: true)]);
        var other = new TestNetwork();
        other.Table([], [], main: true);
        other.AttachedEgressGateway();
        return TestNetwork.Combine(network, other);
    }

    private static void Replace(string folder, string file, string from, string to)
    {
        var path = Path.Combine(folder, file);
        File.WriteAllText(path, File.ReadAllText(path).Replace(from, to, StringComparison.Ordinal));
    }
}
