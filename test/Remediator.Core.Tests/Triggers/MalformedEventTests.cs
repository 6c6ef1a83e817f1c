using System.Text.Json.Nodes;
using Remediator.Judgement;
using Remediator.StandIns.Worlds;
using Remediator.Triggers;

namespace Remediator.Tests.Triggers;

/// <summary>Bad input is rejected with the field and the problem named: never a crash, never a silent ignore.</summary>
public sealed class MalformedEventTests
{
    private readonly TriggerParser parser = new(ClassificationRules.Default);

    [Theory]
    [InlineData("", "(event)", "is not valid JSON")]
    [InlineData("{\"detail-type\": ", "(event)", "is not valid JSON")]
    [InlineData("[1, 2]", "(event)", "must be a JSON object, found an array")]
    [InlineData("\"hello\"", "(event)", "must be a JSON object, found a string")]
    [InlineData("{}", "detail-type", "is missing or empty")]
    [InlineData("{\"detail-type\": 42}", "detail-type", "has the wrong type: found a number")]
    [InlineData("{\"detail-type\": \"AWS API Call via CloudTrail\", \"resources\": [1]}", "resources[0]", "has the wrong type: found a number")]
    [InlineData("{\"detail-type\": \"AWS API Call via CloudTrail\"}", "detail", "is missing")]
    [InlineData("{\"detail-type\": \"AWS API Call via CloudTrail\", \"detail\": null}", "detail", "is missing")]
    [InlineData("{\"detail-type\": \"AWS API Call via CloudTrail\", \"detail\": [1]}", "detail", "must be an object, found an array")]
    public void Unreadable_events_name_the_field_and_the_problem(string json, string field, string problem)
    {
        var rejected = Assert.IsType<Rejected>(parser.Parse(json));

        Assert.Equal(field, rejected.Error.Field);
        Assert.StartsWith(problem, rejected.Error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eventName")]
    [InlineData("eventID")]
    [InlineData("eventTime")]
    public void A_CloudTrail_record_without_its_identifying_fields_is_rejected(string field)
    {
        var json = EventJson.Ipv6RouteToIgw();
        json.Detail().Remove(field);

        Assert.Equal($"reject detail.{field}: is missing or empty", Describe(json));
    }

    [Theory]
    [InlineData("account", "11112222333", "reject account: is not a 12-digit AWS account id: '11112222333'")]
    [InlineData("account", "1111-2222-3333", "reject account: is not a 12-digit AWS account id: '1111-2222-3333'")]
    [InlineData("region", "Ireland", "reject region: is not an AWS region name: 'Ireland'")]
    [InlineData("region", "eu-west", "reject region: is not an AWS region name: 'eu-west'")]
    public void An_envelope_that_does_not_name_an_account_and_a_region_is_rejected(string field, string value, string expected)
    {
        var json = EventJson.Ipv6RouteToIgw();
        json[field] = value;

        Assert.Equal(expected, Describe(json));
    }

    [Theory]
    [InlineData("recipientAccountId", "444455556666", "reject detail.recipientAccountId: is '444455556666', but the envelope's account is '111122223333'")]
    [InlineData("awsRegion", "us-east-1", "reject detail.awsRegion: is 'us-east-1', but the envelope's region is 'eu-west-1'")]
    public void A_record_that_names_another_account_or_region_than_its_envelope_is_rejected(string field, string value, string expected)
    {
        var json = EventJson.Ipv6RouteToIgw();
        json.Detail()[field] = value;

        Assert.Equal(expected, Describe(json));
    }

    [Theory]
    [InlineData("us-gov-west-1")]
    [InlineData("cn-north-1")]
    [InlineData("ap-southeast-5")]
    public void A_forwarded_event_keeps_the_account_and_region_of_its_origin(string region)
    {
        var json = EventJson.Ipv6RouteToIgw();
        json["account"] = "444455556666";
        json["region"] = region;
        json.Detail()["recipientAccountId"] = "444455556666";
        json.Detail()["awsRegion"] = region;

        var origin = Assert.IsType<Triggered>(parser.Parse(json.ToJsonString())).Trigger.Origin;

        Assert.Equal(("444455556666", region), (origin.Account, origin.Region));
    }

    [Fact]
    public void A_field_of_the_wrong_type_inside_the_record_is_named_with_its_full_path()
    {
        var json = EventJson.Ipv6RouteToIgw();
        json.Detail()["userIdentity"]!["arn"] = 12;

        Assert.Equal("reject detail.userIdentity.arn: has the wrong type: found a number", Describe(json));
    }

    [Fact]
    public void An_event_time_that_is_not_a_time_is_rejected()
    {
        var json = EventJson.Ipv6RouteToIgw();
        json.Detail()["eventTime"] = "yesterday";

        Assert.Equal("reject detail.eventTime: is not an ISO 8601 time: 'yesterday'", Describe(json));
    }

    [Theory]
    [InlineData("routeTableId", "rtb-XYZ", "is not a route table id: 'rtb-XYZ'")]
    [InlineData("routeTableId", "subnet-0123456789abcdef0", "is not a route table id: 'subnet-0123456789abcdef0'")]
    [InlineData("gatewayId", "igw-; DROP", "is not an internet gateway id: 'igw-; DROP'")]
    [InlineData("destinationIpv6CidrBlock", "::/999", "is not an IPv6 CIDR: '::/999'")]
    [InlineData("destinationIpv6CidrBlock", "0.0.0.0/0", "is not an IPv6 CIDR: '0.0.0.0/0'")]
    public void Ids_and_CIDRs_that_are_not_what_they_claim_are_rejected(string field, string value, string problem)
    {
        var json = EventJson.Ipv6RouteToIgw();
        json.Request()[field] = value;

        Assert.Equal($"reject detail.requestParameters.{field}: {problem}", Describe(json));
    }

    [Fact]
    public void A_very_long_bad_value_is_cut_short_in_the_message()
    {
        var json = EventJson.Ipv6RouteToIgw();
        json.Request()["routeTableId"] = "rtb-" + new string('z', 10_000);

        var rejected = Assert.IsType<Rejected>(parser.Parse(json.ToJsonString()));

        Assert.True(rejected.Error.Message.Length < 200, rejected.Error.Message);
    }

    [Fact]
    public void A_route_without_any_destination_is_rejected()
    {
        var json = EventJson.Ipv6RouteToIgw();
        json.Request().Remove("destinationIpv6CidrBlock");

        Assert.StartsWith("reject detail.requestParameters.destinationIpv6CidrBlock: is missing", Describe(json), StringComparison.Ordinal);
    }

    [Fact]
    public void A_route_without_any_target_is_rejected()
    {
        var json = EventJson.Ipv6RouteToIgw();
        json.Request().Remove("gatewayId");

        Assert.StartsWith("reject detail.requestParameters.gatewayId: is missing", Describe(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Request_parameters_that_are_not_an_object_are_rejected()
    {
        var json = EventJson.Ipv6RouteToIgw();
        json.Detail()["requestParameters"] = "routeTableId=rtb-0b2c3d4e5f6071829";

        Assert.Equal("reject detail.requestParameters: must be an object, found a string", Describe(json));
    }

    [Fact]
    public void A_tag_list_that_is_not_an_item_list_is_rejected()
    {
        var json = EventJson.Tags("CreateTags", ["subnet-0123456789abcdef0"], "Tier");
        json.Request()["tagSet"]!["items"] = "Tier";

        Assert.Equal("reject detail.requestParameters.tagSet.items: must be an array, found a string", Describe(json));
    }

    [Fact]
    public void A_CreateSubnet_without_the_created_subnet_is_rejected()
    {
        var json = EventJson.ApiCall("CreateSubnet", new JsonObject { ["vpcId"] = "vpc-0a1b2c3d4e5f60718" }, new JsonObject());

        Assert.Equal("reject detail.responseElements.subnet: is missing", Describe(json));
    }

    // Found by HostileEventProperties: JSON escapes half a surrogate pair legally, and reading it as text threw
    // InvalidOperationException out of the parser. Where the parser reads the field itself and where the record does.
    [Theory]
    [InlineData("detail.requestParameters.tagSet.items[0].key")]
    [InlineData("detail.requestParameters.resourcesSet.items[0].resourceId")]
    [InlineData("detail.eventName")]
    [InlineData("account")]
    public void A_string_escaping_half_a_surrogate_pair_is_rejected_naming_the_field(string field)
    {
        var json = HostileJson.Replaced(EventJson.Tags("CreateTags", ["subnet-0123456789abcdef0"], "Tier"), field, "placeholder");
        var hostile = json.ToJsonString().Replace("\"placeholder\"", "\"Tier\\ud800\"", StringComparison.Ordinal);

        var rejected = Assert.IsType<Rejected>(parser.Parse(hostile));

        Assert.Equal(field, rejected.Error.Field);
        Assert.Equal("is not text: it escapes half of a UTF-16 surrogate pair", rejected.Error.Problem);
    }

    // Found by AFL++ (fuzz.sh, RELIABILITY.md): a member name escaping half a surrogate pair made the parser's own
    // member lookup throw InvalidOperationException. The crashing inputs, as the fuzzer wrote them.
    [Theory]
    [InlineData("crash-1.json", "detail.requestParameters")]
    [InlineData("crash-2.json", "detail.requestParameters")]
    [InlineData("crash-3.json", "detail.requestParameters")]
    [InlineData("crash-4.json", "detail.requestParameters")]
    [InlineData("crash-5.json", "detail.requestParameters")]
    [InlineData("crash-6.json", "detail.requestParameters.resourcesSet.items[0]")]
    [InlineData("crash-7.json", "detail.requestParameters")]
    public void An_input_that_crashed_the_parser_under_the_fuzzer_is_rejected_naming_the_object(string file, string field)
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Triggers", "Fuzzed", file));

        var rejected = Assert.IsType<Rejected>(parser.Parse(json));

        Assert.Equal($"reject {field}: has a member whose name is not text: it escapes half of a UTF-16 surrogate pair", Events.SampleEventTests.Describe(rejected));
    }

    private string Describe(JsonObject json) => Events.SampleEventTests.Describe(parser.Parse(json.ToJsonString()));
}
