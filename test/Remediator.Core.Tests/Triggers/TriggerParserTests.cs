using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Remediator.Judgement;
using Remediator.StandIns.Worlds;
using Remediator.Triggers;

namespace Remediator.Tests.Triggers;

public sealed class TriggerParserTests
{
    private const string Table = "rtb-0b2c3d4e5f6071829";
    private const string SubnetId = "subnet-0123456789abcdef0";

    private readonly TriggerParser parser = new(ClassificationRules.Default);

    [Theory]
    [InlineData("::/0")]
    [InlineData("2000::/3")]
    [InlineData("2001:db8:ff00::/40")]
    public void Any_IPv6_route_to_an_internet_gateway_rechecks_its_table(string destination)
    {
        var json = EventJson.CreateRoute("destinationIpv6CidrBlock", destination, "gatewayId", "igw-0c3d4e5f60718293a");

        Assert.Equal($"recheck {Table}", Describe(json));
    }

    [Theory]
    [InlineData("egressOnlyInternetGatewayId", "eigw-0d4e5f60718293a4b")]
    [InlineData("natGatewayId", "nat-0d4e5f60718293a4b")]
    [InlineData("transitGatewayId", "tgw-0e5f60718293a4b5c")]
    [InlineData("vpcEndpointId", "vpce-0e5f60718293a4b5c")]
    [InlineData("networkInterfaceId", "eni-0e5f60718293a4b5c")]
    [InlineData("vpcPeeringConnectionId", "pcx-0e5f60718293a4b5c")]
    [InlineData("gatewayId", "vgw-0e5f60718293a4b5c")]
    [InlineData("coreNetworkArn", "arn:aws:networkmanager::111122223333:core-network/core-network-0123")]
    [InlineData("odbNetworkArn", "arn:aws:odb:eu-west-1:111122223333:odb-network/odbnet_0123")]
    public void An_IPv6_route_to_anything_but_an_internet_gateway_is_ignored_without_a_look(string field, string target)
    {
        var json = EventJson.CreateRoute("destinationIpv6CidrBlock", "::/0", field, target);

        Assert.Equal($"ignore: CreateRoute ::/0 in {Table} targets {target}, not an internet gateway", Describe(json));
    }

    [Fact]
    public void An_IPv4_default_route_to_an_internet_gateway_is_ignored_as_it_makes_no_subnet_look_more_private()
    {
        var json = EventJson.CreateRoute("destinationCidrBlock", "0.0.0.0/0", "gatewayId", "igw-0c3d4e5f60718293a");

        Assert.Equal(
            $"ignore: CreateRoute 0.0.0.0/0 in {Table} to igw-0c3d4e5f60718293a: IPv4 egress through an internet gateway makes no subnet look more private",
            Describe(json));
    }

    [Theory]
    [InlineData("CreateRoute", "natGatewayId", "nat-0d4e5f60718293a4b")]
    [InlineData("ReplaceRoute", "transitGatewayId", "tgw-0e5f60718293a4b5c")]
    [InlineData("ReplaceRoute", "gatewayId", "vgw-0e5f60718293a4b5c")]
    [InlineData("CreateRoute", "networkInterfaceId", "eni-0e5f60718293a4b5c")]
    public void An_IPv4_default_route_away_from_the_internet_gateway_rechecks_its_table(string eventName, string field, string target)
    {
        // Its subnets may now count as private by the IPv4-egress heuristic, while ::/0 -> igw stays.
        var json = EventJson.CreateRoute("destinationCidrBlock", "0.0.0.0/0", field, target);
        json.Detail()["eventName"] = eventName;

        Assert.Equal($"recheck {Table}", Describe(json));
    }

    [Fact]
    public void Deleting_the_IPv4_default_route_rechecks_its_table_as_IPv4_egress_no_longer_reaches_the_internet_gateway()
    {
        Assert.Equal($"recheck {Table}", Describe(EventJson.DeleteRoute("destinationCidrBlock", "0.0.0.0/0")));
    }

    [Theory]
    [InlineData("destinationIpv6CidrBlock", "::/0")]
    [InlineData("destinationIpv6CidrBlock", "64:ff9b::/96")]
    [InlineData("destinationCidrBlock", "10.20.0.0/16")]
    public void Deleting_any_other_route_is_ignored_without_a_look(string field, string destination)
    {
        Assert.StartsWith("ignore: DeleteRoute", Describe(EventJson.DeleteRoute(field, destination)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_IPv4_route_other_than_the_default_is_ignored_without_a_look()
    {
        var json = EventJson.CreateRoute("destinationCidrBlock", "10.20.0.0/16", "natGatewayId", "nat-0d4e5f60718293a4b");

        Assert.Contains("only IPv6 routes and the IPv4 default route bear on whether a subnet is exposed", Describe(json), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("64:ff9b::/96")]
    [InlineData("64:FF9B:0::/96")]
    public void A_NAT64_route_to_a_NAT_gateway_rechecks_its_table_however_the_prefix_is_written(string destination)
    {
        var json = EventJson.CreateRoute("destinationIpv6CidrBlock", destination, "natGatewayId", "nat-0d4e5f60718293a4b");

        Assert.Equal($"recheck {Table}", Describe(json));
    }

    [Fact]
    public void A_NAT64_route_to_anything_but_a_NAT_gateway_is_ignored()
    {
        var json = EventJson.CreateRoute("destinationIpv6CidrBlock", "64:ff9b::/96", "transitGatewayId", "tgw-0e5f60718293a4b5c");

        Assert.Equal($"ignore: CreateRoute 64:ff9b::/96 in {Table} targets tgw-0e5f60718293a4b5c, not an internet gateway", Describe(json));
    }

    [Fact]
    public void With_the_heuristics_off_the_routes_they_read_are_ignored_saying_so()
    {
        var rules = ClassificationRules.Default with { Ipv4EgressHeuristic = false, Dns64Heuristic = false };
        var custom = new TriggerParser(rules);
        string Parse(JsonObject json) => Events.SampleEventTests.Describe(custom.Parse(json.ToJsonString()));

        Assert.Contains("IPv4-egress heuristic, which is off", Parse(EventJson.DeleteRoute("destinationCidrBlock", "0.0.0.0/0")), StringComparison.Ordinal);
        Assert.Contains(
            "DNS64 heuristic, which is off",
            Parse(EventJson.CreateRoute("destinationIpv6CidrBlock", "64:ff9b::/96", "natGatewayId", "nat-0d4e5f60718293a4b")),
            StringComparison.Ordinal);
        Assert.Contains("IPv4-egress heuristic, which is off", Parse(EventJson.ModifySubnetAttribute("mapPublicIpOnLaunch", false)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_subnet_that_stops_auto_assigning_public_IPv4_addresses_is_rechecked()
    {
        Assert.Equal($"recheck {SubnetId}", Describe(EventJson.ModifySubnetAttribute("mapPublicIpOnLaunch", false)));
    }

    [Theory]
    [InlineData("mapPublicIpOnLaunch", true, "turns on public IPv4 addresses")]
    [InlineData("assignIpv6AddressOnCreation", true, "does not bear on whether a subnet is private")]
    [InlineData("enableDns64", false, "does not bear on whether a subnet is private")]
    public void Any_other_subnet_attribute_change_is_ignored_without_a_look(string attribute, bool value, string reason)
    {
        Assert.Contains(reason, Describe(EventJson.ModifySubnetAttribute(attribute, value)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_subnet_attribute_that_is_not_a_boolean_is_rejected_naming_the_field()
    {
        var json = EventJson.ModifySubnetAttribute("mapPublicIpOnLaunch", false);
        json.Detail()["requestParameters"]!["mapPublicIpOnLaunch"]!["value"] = "false";

        Assert.Equal("reject detail.requestParameters.mapPublicIpOnLaunch.value: must be a boolean, found a string", Describe(json));
    }

    [Fact]
    public void A_disassociated_route_table_rechecks_the_main_tables_of_the_region_as_the_subnet_is_not_named()
    {
        var json = EventJson.ApiCall("DisassociateRouteTable", new JsonObject { ["associationId"] = "rtbassoc-0f1e2d3c4b5a69788" });

        Assert.Equal("recheck main route tables of eu-west-1", Describe(json));
    }

    [Fact]
    public void An_attached_internet_gateway_rechecks_its_VPC_as_blackhole_routes_to_it_carry_traffic_again()
    {
        var json = EventJson.ApiCall("AttachInternetGateway", new JsonObject
        {
            ["internetGatewayId"] = "igw-0c3d4e5f60718293a",
            ["vpcId"] = "vpc-0a1b2c3d4e5f60718",
        });

        Assert.Equal("recheck vpc-0a1b2c3d4e5f60718", Describe(json));
    }

    [Fact]
    public void An_attached_internet_gateway_without_its_VPC_is_rejected_naming_the_field()
    {
        var json = EventJson.ApiCall("AttachInternetGateway", new JsonObject { ["internetGatewayId"] = "igw-0c3d4e5f60718293a" });

        Assert.Equal("reject detail.requestParameters.vpcId: is missing or empty", Describe(json));
    }

    [Fact]
    public void A_prefix_list_route_to_an_internet_gateway_rechecks_its_table_as_only_the_list_tells_its_family()
    {
        var json = EventJson.CreateRoute("destinationPrefixListId", "pl-0123abcd", "gatewayId", "igw-0c3d4e5f60718293a");

        Assert.Equal($"recheck {Table}", Describe(json));
    }

    [Fact]
    public void A_prefix_list_route_to_another_target_is_ignored_without_a_call()
    {
        var json = EventJson.CreateRoute("destinationPrefixListId", "pl-0123abcd", "natGatewayId", "nat-0a1b2c3d4e5f60718");

        Assert.Equal($"ignore: CreateRoute pl-0123abcd in {Table} targets nat-0a1b2c3d4e5f60718, not an internet gateway", Describe(json));
    }

    [Fact]
    public void Deleting_a_prefix_list_route_is_ignored_as_it_can_only_close_an_exposure()
    {
        var json = EventJson.CreateRoute("destinationPrefixListId", "pl-0123abcd", "gatewayId", "igw-0c3d4e5f60718293a");
        json.Detail()["eventName"] = "DeleteRoute";

        Assert.Equal($"ignore: DeleteRoute pl-0123abcd in {Table}: removing a prefix-list route can close an exposure, not open one", Describe(json));
    }

    [Fact]
    public void A_prefix_list_destination_that_is_not_a_prefix_list_id_is_rejected_naming_the_field()
    {
        var json = EventJson.CreateRoute("destinationPrefixListId", "sg-0123abcd", "gatewayId", "igw-0c3d4e5f60718293a");

        Assert.Equal("reject detail.requestParameters.destinationPrefixListId: is not a prefix list id: 'sg-0123abcd'", Describe(json));
    }

    [Theory]
    [InlineData("2001:db8::/32", true)]
    [InlineData("198.51.100.0/24", false)]
    public void Entries_added_to_a_prefix_list_recheck_its_routes_only_when_one_is_IPv6(string cidr, bool rechecks)
    {
        var json = ModifyPrefixList(new JsonObject { ["AddEntry"] = new JsonObject { ["cidr"] = cidr, ["Description"] = "office", ["tag"] = "1" } });

        var meaning = Describe(json);

        Assert.Equal(rechecks ? "recheck prefix list pl-0123abcd" : "ignore: ModifyManagedPrefixList of pl-0123abcd adds only IPv4 entries, and a prefix list holds one address family", meaning);
    }

    [Fact]
    public void Several_added_entries_are_read_from_an_array_in_either_spelling_of_the_cidr_field()
    {
        var json = ModifyPrefixList(new JsonObject
        {
            ["AddEntry"] = new JsonArray(
                new JsonObject { ["cidr"] = "198.51.100.0/24", ["tag"] = 1 },
                new JsonObject { ["Cidr"] = "2001:db8::/32", ["tag"] = 2 }),
        });

        Assert.Equal("recheck prefix list pl-0123abcd", Describe(json));
    }

    [Fact]
    public void An_added_entry_that_is_not_a_CIDR_is_rejected_naming_the_field()
    {
        var json = ModifyPrefixList(new JsonObject { ["AddEntry"] = new JsonArray(new JsonObject { ["cidr"] = "2001:db8::/32" }, new JsonObject { ["cidr"] = "office" }) });

        Assert.Equal(
            "reject detail.requestParameters.ModifyManagedPrefixListRequest.AddEntry[1].cidr: is not a CIDR: 'office'", Describe(json));
    }

    [Fact]
    public void Renaming_or_resizing_a_prefix_list_is_ignored_without_a_call()
    {
        var json = ModifyPrefixList(new JsonObject { ["PrefixListName"] = "partners", ["MaxEntries"] = 20 });

        Assert.StartsWith("ignore: ModifyManagedPrefixList of pl-0123abcd adds no entry", Describe(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Restoring_a_prefix_list_version_rechecks_its_routes_as_the_event_does_not_hold_the_entries()
    {
        var json = EventJson.ApiCall("RestoreManagedPrefixListVersion", new JsonObject
        {
            ["RestoreManagedPrefixListVersionRequest"] = new JsonObject { ["PrefixListId"] = "pl-0123abcd", ["PreviousVersion"] = 1, ["CurrentVersion"] = 3 },
        });

        Assert.Equal("recheck prefix list pl-0123abcd", Describe(json));
    }

    [Fact]
    public void ReplaceRoute_is_read_like_CreateRoute()
    {
        var json = EventJson.Ipv6RouteToIgw();
        json.Detail()["eventName"] = "ReplaceRoute";

        Assert.Equal($"recheck {Table}", Describe(json));
    }

    [Fact]
    public void A_failed_call_is_ignored_because_nothing_changed()
    {
        var json = EventJson.Ipv6RouteToIgw();
        json.Detail()["errorCode"] = "Client.InvalidRouteTableID.NotFound";
        json.Detail()["errorMessage"] = "The routeTable ID 'rtb-0b2c3d4e5f6071829' does not exist";

        Assert.StartsWith("ignore: CreateRoute failed with Client.InvalidRouteTableID.NotFound", Describe(json), StringComparison.Ordinal);
    }

    [Fact]
    public void A_call_from_another_service_is_ignored()
    {
        var json = EventJson.Ipv6RouteToIgw();
        json.Detail()["eventSource"] = "networkmanager.amazonaws.com";

        Assert.Equal("ignore: CreateRoute comes from networkmanager.amazonaws.com, not EC2", Describe(json));
    }

    [Fact]
    public void An_event_that_is_neither_CloudTrail_nor_a_schedule_is_ignored_by_its_type()
    {
        var json = new JsonObject { ["detail-type"] = "EC2 Instance State-change Notification", ["source"] = "aws.ec2", ["detail"] = new JsonObject() };

        Assert.StartsWith("ignore: 'EC2 Instance State-change Notification' events from 'aws.ec2'", Describe(json), StringComparison.Ordinal);
    }

    [Fact]
    public void A_trigger_records_who_did_it_from_where_and_when()
    {
        var triggered = Assert.IsType<Triggered>(parser.Parse(EventJson.Ipv6RouteToIgw().ToJsonString()));

        Assert.Equal(
            new EventOrigin(
                "CreateRoute",
                "0b4a1f4e-0000-4000-8000-000000000002",
                new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero),
                "111122223333",
                "eu-west-1",
                new Actor("AssumedRole", "arn:aws:sts::111122223333:assumed-role/platform-admin/alice", "AROAEXAMPLE:alice", null),
                "203.0.113.24",
                "aws-cli/2.17.0"),
            triggered.Trigger.Origin);
    }

    [Fact]
    public void A_scheduled_event_sweeps_its_region_on_behalf_of_its_rule()
    {
        var json = new JsonObject
        {
            ["version"] = "0",
            ["id"] = "6825db69-d758-50ce-8f66-399d9f8ffe18",
            ["detail-type"] = "Scheduled Event",
            ["source"] = "aws.events",
            ["account"] = "111122223333",
            ["time"] = "2026-11-27T15:00:00Z",
            ["region"] = "ap-southeast-2",
            ["resources"] = new JsonArray("arn:aws:events:ap-southeast-2:111122223333:rule/remediator-sweep"),
            ["detail"] = new JsonObject(),
        };

        var trigger = Assert.IsType<Triggered>(parser.Parse(json.ToJsonString())).Trigger;

        Assert.Equal<RecheckScope>([new RegionScope("ap-southeast-2")], trigger.Scopes);
        Assert.Equal("arn:aws:events:ap-southeast-2:111122223333:rule/remediator-sweep", trigger.Origin.Actor.Arn);
        Assert.Equal("6825db69-d758-50ce-8f66-399d9f8ffe18", trigger.Origin.EventId);
    }

    [Fact]
    public void A_scheduled_event_without_its_region_is_rejected()
    {
        var json = new JsonObject { ["detail-type"] = "Scheduled Event", ["source"] = "aws.events", ["id"] = "x", ["account"] = "111122223333", ["time"] = "2026-11-27T15:00:00Z" };

        Assert.Equal("reject region: is missing or empty", Describe(json));
    }

    [Fact]
    public void A_new_subnet_without_IPv6_is_ignored_until_it_gets_a_block()
    {
        var json = EventJson.ApiCall(
            "CreateSubnet",
            new JsonObject { ["vpcId"] = "vpc-0a1b2c3d4e5f60718", ["cidrBlock"] = "10.0.9.0/24" },
            new JsonObject { ["subnet"] = new JsonObject { ["subnetId"] = SubnetId, ["vpcId"] = "vpc-0a1b2c3d4e5f60718" } });

        Assert.StartsWith($"ignore: new subnet {SubnetId} has no IPv6 CIDR", Describe(json), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_IPv6_only_subnet_from_an_IPAM_pool_is_rechecked()
    {
        var json = EventJson.ApiCall(
            "CreateSubnet",
            new JsonObject { ["vpcId"] = "vpc-0a1b2c3d4e5f60718", ["ipv6Native"] = true, ["ipv6IpamPoolId"] = "ipam-pool-0123" },
            new JsonObject { ["subnet"] = new JsonObject { ["subnetId"] = SubnetId } });

        Assert.Equal($"recheck {SubnetId}", Describe(json));
    }

    [Fact]
    public void AssociateSubnetCidrBlock_is_read_in_its_wrapped_form_too()
    {
        var json = EventJson.ApiCall("AssociateSubnetCidrBlock", new JsonObject
        {
            ["AssociateSubnetCidrBlockRequest"] = new JsonObject { ["SubnetId"] = SubnetId, ["Ipv6CidrBlock"] = "2001:db8::/64" },
        });

        Assert.Equal($"recheck {SubnetId}", Describe(json));
    }

    [Fact]
    public void An_association_without_a_subnet_or_gateway_is_rejected()
    {
        var json = EventJson.ApiCall("AssociateRouteTable", new JsonObject { ["routeTableId"] = Table });

        Assert.Equal("reject detail.requestParameters.subnetId: is missing, and so is gatewayId", Describe(json));
    }

    [Fact]
    public void Replacing_an_association_rechecks_the_table_now_associated()
    {
        var json = EventJson.ApiCall("ReplaceRouteTableAssociation", new JsonObject
        {
            ["associationId"] = "rtbassoc-0a9b8c7d6e5f40312",
            ["routeTableId"] = Table,
        });

        Assert.Equal($"recheck {Table}", Describe(json));
    }

    [Theory]
    [InlineData("CreateTags", "Tier", true)]
    [InlineData("CreateTags", "Name", true)]
    [InlineData("CreateTags", "kubernetes.io/role/internal-elb", true)]
    [InlineData("CreateTags", "aws-cdk:subnet-type", true)]
    [InlineData("DeleteTags", "remediator:exempt", true)]
    [InlineData("CreateTags", "CostCenter", false)]
    [InlineData("DeleteTags", "Owner", false)]
    [InlineData("CreateTags", "tier", false)]
    public void Subnet_tags_matter_only_for_keys_that_classify_or_exempt(string eventName, string key, bool rechecks)
    {
        var json = EventJson.Tags(eventName, [SubnetId], key);

        Assert.Equal(rechecks, Describe(json).StartsWith("recheck", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("rtb-0b2c3d4e5f6071829")]
    [InlineData("vpc-0a1b2c3d4e5f60718")]
    public void On_route_tables_and_VPCs_only_the_exemption_tag_matters(string resource)
    {
        Assert.Equal($"recheck {resource}", Describe(EventJson.Tags("CreateTags", [resource], "remediator:exempt")));
        Assert.StartsWith("ignore: ", Describe(EventJson.Tags("CreateTags", [resource], "Tier", "Name")), StringComparison.Ordinal);
    }

    [Fact]
    public void DeleteTags_without_a_tag_list_deletes_every_tag_and_so_rechecks()
    {
        var json = EventJson.Tags("DeleteTags", [SubnetId, "i-0abcdef1234567890"]);

        Assert.Equal($"recheck {SubnetId}", Describe(json));
    }

    [Fact]
    public void Tags_on_several_resources_recheck_each_relevant_one_once()
    {
        var json = EventJson.Tags("DeleteTags", [SubnetId, "vpc-0a1b2c3d4e5f60718", SubnetId, "i-0abcdef1234567890"], "remediator:exempt");

        Assert.Equal($"recheck {SubnetId}, vpc-0a1b2c3d4e5f60718", Describe(json));
    }

    [Fact]
    public void Configured_tag_keys_decide_which_tag_changes_matter()
    {
        var rules = ClassificationRules.Default with
        {
            PrivateTags = [new TagMatch("network/zone", "internal")],
            PublicTags = [],
            NameWords = null,
        };
        var custom = new TriggerParser(rules);

        Assert.IsType<Triggered>(custom.Parse(EventJson.Tags("CreateTags", [SubnetId], "network/zone").ToJsonString()));
        Assert.IsType<Ignored>(custom.Parse(EventJson.Tags("CreateTags", [SubnetId], "Tier").ToJsonString()));
        Assert.IsType<Ignored>(custom.Parse(EventJson.Tags("CreateTags", [SubnetId], "Name").ToJsonString()));
    }

    [Theory]
    [InlineData("off", "recheck region eu-west-1")]
    [InlineData("block-bidirectional", "ignore: ModifyVpcBlockPublicAccessOptions sets block-bidirectional, which keeps inbound internet traffic out")]
    public void Turning_Block_Public_Access_off_rechecks_the_region_and_turning_it_on_is_ignored(string mode, string meaning)
    {
        var json = EventJson.ApiCall("ModifyVpcBlockPublicAccessOptions", new JsonObject
        {
            ["ModifyVpcBlockPublicAccessOptionsRequest"] = new JsonObject { ["InternetGatewayBlockMode"] = mode },
        });

        Assert.Equal(meaning, Describe(json));
    }

    [Theory]
    [InlineData("SubnetId", "subnet-0123456789abcdef0", "allow-bidirectional", "recheck subnet-0123456789abcdef0")]
    [InlineData("VpcId", "vpc-0a1b2c3d4e5f60718", "allow-bidirectional", "recheck vpc-0a1b2c3d4e5f60718")]
    [InlineData("VpcId", "vpc-0a1b2c3d4e5f60718", "allow-egress", "ignore: CreateVpcBlockPublicAccessExclusion allows egress only: inbound internet traffic stays blocked")]
    public void An_exclusion_that_lets_the_internet_in_rechecks_what_it_excludes(string field, string id, string mode, string meaning)
    {
        var json = EventJson.ApiCall("CreateVpcBlockPublicAccessExclusion", new JsonObject
        {
            ["CreateVpcBlockPublicAccessExclusionRequest"] = new JsonObject { [field] = id, ["InternetGatewayExclusionMode"] = mode },
        });

        Assert.Equal(meaning, Describe(json));
    }

    [Fact]
    public void A_changed_exclusion_names_only_itself_so_the_region_is_rechecked()
    {
        var json = EventJson.ApiCall("ModifyVpcBlockPublicAccessExclusion", new JsonObject
        {
            ["ModifyVpcBlockPublicAccessExclusionRequest"] = new JsonObject
            {
                ["ExclusionId"] = "vpcbpa-exclude-0b1c2d3e4f5a6b7c8",
                ["InternetGatewayExclusionMode"] = "allow-bidirectional",
            },
        });

        Assert.Equal("recheck region eu-west-1", Describe(json));
    }

    [Fact]
    public void A_Block_Public_Access_request_in_a_shape_not_seen_before_looks_at_the_region_rather_than_guess()
    {
        var json = EventJson.ApiCall("CreateVpcBlockPublicAccessExclusion", new JsonObject { ["vpcId"] = "vpc-0a1b2c3d4e5f60718" });

        Assert.Equal("recheck region eu-west-1", Describe(json));
    }

    private static JsonObject ModifyPrefixList(JsonObject request)
    {
        request["PrefixListId"] = "pl-0123abcd";
        return EventJson.ApiCall("ModifyManagedPrefixList", new JsonObject { ["ModifyManagedPrefixListRequest"] = request });
    }

    private string Describe(JsonObject json) => Events.SampleEventTests.Describe(parser.Parse(json.ToJsonString()));
}
