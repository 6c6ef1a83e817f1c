using System.Text.Json.Nodes;

namespace Remediator.Template.Tests.Patterns;

public sealed class EventPatternTests
{
    private const string Route = """
        {
          "source": "aws.ec2",
          "detail": {
            "eventName": "CreateRoute",
            "count": 3,
            "readOnly": false,
            "nothing": null,
            "requestParameters": { "destinationIpv6CidrBlock": "::/0", "gatewayId": "igw-0c3d4e5f60718293a" },
            "resourcesSet": { "items": [ { "resourceId": "i-0abc" }, { "resourceId": "subnet-0123" } ] },
            "tagSet": { "items": [ { "key": "Tier", "value": "public" }, { "key": "Name", "value": "private" } ] },
            "labels": [ "a", "b" ]
          }
        }
        """;

    [Theory]
    // Exact values: strings case-sensitively, and every field must match.
    [InlineData("""{ "source": ["aws.ec2"] }""", true)]
    [InlineData("""{ "source": ["AWS.EC2"] }""", false)]
    [InlineData("""{ "source": ["aws.s3"] }""", false)]
    [InlineData("""{ "source": ["aws.ec2"], "detail": { "eventName": ["DeleteRoute"] } }""", false)]
    // A list holds alternatives.
    [InlineData("""{ "detail": { "eventName": ["ReplaceRoute", "CreateRoute"] } }""", true)]
    // Numbers as numbers, booleans and null as themselves; no conversion between types.
    [InlineData("""{ "detail": { "count": [3] } }""", true)]
    [InlineData("""{ "detail": { "count": [3.0] } }""", true)]
    [InlineData("""{ "detail": { "count": ["3"] } }""", false)]
    [InlineData("""{ "detail": { "readOnly": [false] } }""", true)]
    [InlineData("""{ "detail": { "readOnly": ["false"] } }""", false)]
    [InlineData("""{ "detail": { "nothing": [null] } }""", true)]
    // Nested objects follow the event's nesting.
    [InlineData("""{ "detail": { "requestParameters": { "gatewayId": ["igw-0c3d4e5f60718293a"] } } }""", true)]
    [InlineData("""{ "detail": { "gatewayId": ["igw-0c3d4e5f60718293a"] } }""", false)]
    [InlineData("""{ "detail": { "absent": { "gatewayId": ["igw-0c3d4e5f60718293a"] } } }""", false)]
    // prefix and suffix.
    [InlineData("""{ "detail": { "requestParameters": { "gatewayId": [{ "prefix": "igw-" }] } } }""", true)]
    [InlineData("""{ "detail": { "requestParameters": { "gatewayId": [{ "prefix": "eigw-" }] } } }""", false)]
    [InlineData("""{ "detail": { "requestParameters": { "gatewayId": [{ "prefix": "IGW-" }] } } }""", false)]
    [InlineData("""{ "detail": { "missing": [{ "prefix": "" }] } }""", false)]
    [InlineData("""{ "detail": { "requestParameters": { "destinationIpv6CidrBlock": [{ "suffix": "/0" }] } } }""", true)]
    // exists: on leaf values only.
    [InlineData("""{ "detail": { "errorCode": [{ "exists": false }] } }""", true)]
    [InlineData("""{ "detail": { "errorCode": [{ "exists": true }] } }""", false)]
    [InlineData("""{ "detail": { "eventName": [{ "exists": true }] } }""", true)]
    [InlineData("""{ "detail": { "eventName": [{ "exists": false }] } }""", false)]
    [InlineData("""{ "detail": { "nothing": [{ "exists": true }] } }""", true)]
    [InlineData("""{ "detail": { "requestParameters": [{ "exists": true }] } }""", false)]
    [InlineData("""{ "detail": { "absent": { "errorCode": [{ "exists": false }] } } }""", true)]
    // anything-but: a value, a list, a prefix; never an absent field.
    [InlineData("""{ "detail": { "eventName": [{ "anything-but": "DeleteRoute" }] } }""", true)]
    [InlineData("""{ "detail": { "eventName": [{ "anything-but": "CreateRoute" }] } }""", false)]
    [InlineData("""{ "detail": { "eventName": [{ "anything-but": ["CreateRoute", "ReplaceRoute"] }] } }""", false)]
    [InlineData("""{ "detail": { "eventName": [{ "anything-but": { "prefix": "Create" } }] } }""", false)]
    [InlineData("""{ "detail": { "eventName": [{ "anything-but": { "prefix": "Delete" } }] } }""", true)]
    [InlineData("""{ "detail": { "count": [{ "anything-but": 4 }] } }""", true)]
    [InlineData("""{ "detail": { "missing": [{ "anything-but": "x" }] } }""", false)]
    // Arrays in the event: any element; an object pattern within one element.
    [InlineData("""{ "detail": { "labels": ["b"] } }""", true)]
    [InlineData("""{ "detail": { "labels": ["c"] } }""", false)]
    [InlineData("""{ "detail": { "resourcesSet": { "items": { "resourceId": [{ "prefix": "subnet-" }] } } } }""", true)]
    [InlineData("""{ "detail": { "resourcesSet": { "items": { "resourceId": [{ "prefix": "rtb-" }] } } } }""", false)]
    [InlineData("""{ "detail": { "tagSet": { "items": { "key": ["Tier"], "value": ["public"] } } } }""", true)]
    [InlineData("""{ "detail": { "tagSet": { "items": { "key": ["Tier"], "value": ["private"] } } } }""", false)]
    // $or between sub-patterns.
    [InlineData("""{ "detail": { "$or": [ { "eventName": ["DeleteRoute"] }, { "count": [3] } ] } }""", true)]
    [InlineData("""{ "detail": { "$or": [ { "eventName": ["DeleteRoute"] }, { "count": [4] } ] } }""", false)]
    public void A_pattern_matches_as_EventBridge_would(string pattern, bool expected)
    {
        Assert.Equal(expected, EventPattern.Matches(Parse(pattern), JsonNode.Parse(Route)));
    }

    [Fact]
    public void An_event_whose_detail_is_not_an_object_matches_no_pattern_on_its_fields()
    {
        var @event = JsonNode.Parse("""{ "source": "aws.ec2", "detail": "{\"eventName\":\"CreateRoute\"}" }""");

        Assert.False(EventPattern.Matches(Parse("""{ "detail": { "eventName": ["CreateRoute"] } }"""), @event));
    }

    [Theory]
    [InlineData("""{ "detail": { "count": [{ "numeric": [">", 0] }] } }""")]
    [InlineData("""{ "detail": { "eventName": [{ "equals-ignore-case": "createroute" }] } }""")]
    [InlineData("""{ "detail": { "eventName": [{ "prefix": "Create", "suffix": "Route" }] } }""")]
    [InlineData("""{ "detail": "CreateRoute" }""")]
    public void An_operator_the_matcher_does_not_implement_fails_loudly(string pattern)
    {
        Assert.Throws<NotSupportedException>(() => EventPattern.Matches(Parse(pattern), JsonNode.Parse(Route)));
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
