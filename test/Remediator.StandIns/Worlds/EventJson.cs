using System.Text.Json.Nodes;

namespace Remediator.StandIns.Worlds;

/// <summary>Builds CloudTrail events as EventBridge delivers them, with only the parts a test changes spelled out.</summary>
public static class EventJson
{
    public static JsonObject ApiCall(string eventName, JsonObject requestParameters, JsonNode? responseElements = null) => new()
    {
        ["version"] = "0",
        ["id"] = "7c5f3c2a-0000-4000-8000-000000000001",
        ["detail-type"] = "AWS API Call via CloudTrail",
        ["source"] = "aws.ec2",
        ["account"] = "111122223333",
        ["time"] = "2026-11-27T10:00:05Z",
        ["region"] = "eu-west-1",
        ["resources"] = new JsonArray(),
        ["detail"] = new JsonObject
        {
            ["eventVersion"] = "1.09",
            ["userIdentity"] = new JsonObject
            {
                ["type"] = "AssumedRole",
                ["principalId"] = "AROAEXAMPLE:alice",
                ["arn"] = "arn:aws:sts::111122223333:assumed-role/platform-admin/alice",
                ["accountId"] = "111122223333",
            },
            ["eventTime"] = "2026-11-27T10:00:00Z",
            ["eventSource"] = "ec2.amazonaws.com",
            ["eventName"] = eventName,
            ["awsRegion"] = "eu-west-1",
            ["sourceIPAddress"] = "203.0.113.24",
            ["userAgent"] = "aws-cli/2.17.0",
            ["requestParameters"] = requestParameters,
            ["responseElements"] = responseElements ?? new JsonObject { ["_return"] = true },
            ["eventID"] = "0b4a1f4e-0000-4000-8000-000000000002",
            ["recipientAccountId"] = "111122223333",
        },
    };

    public static JsonObject DeleteRoute(string destinationField, string destination) =>
        ApiCall("DeleteRoute", new JsonObject
        {
            ["routeTableId"] = "rtb-0b2c3d4e5f6071829",
            [destinationField] = destination,
        });

    /// <summary>ModifySubnetAttribute as CloudTrail logs it: one attribute, its value wrapped as {"value": …}.</summary>
    public static JsonObject ModifySubnetAttribute(string attribute, bool value) =>
        ApiCall("ModifySubnetAttribute", new JsonObject
        {
            ["subnetId"] = "subnet-0123456789abcdef0",
            [attribute] = new JsonObject { ["value"] = value },
        });

    public static JsonObject CreateRoute(string destinationField, string destination, string targetField, string target) =>
        ApiCall("CreateRoute", new JsonObject
        {
            ["routeTableId"] = "rtb-0b2c3d4e5f6071829",
            [destinationField] = destination,
            [targetField] = target,
        });

    public static JsonObject Ipv6RouteToIgw() => CreateRoute("destinationIpv6CidrBlock", "::/0", "gatewayId", "igw-0c3d4e5f60718293a");

    public static JsonObject Tags(string eventName, string[] resourceIds, params string[] keys) =>
        ApiCall(eventName, new JsonObject
        {
            ["resourcesSet"] = Items(resourceIds.Select(id => new JsonObject { ["resourceId"] = id })),
            ["tagSet"] = Items(keys.Select(key => new JsonObject { ["key"] = key, ["value"] = "x" })),
        });

    public static JsonObject Items(IEnumerable<JsonObject> items) => new() { ["items"] = new JsonArray([.. items]) };

    public static JsonObject Detail(this JsonObject envelope) => envelope["detail"]!.AsObject();

    public static JsonObject Request(this JsonObject envelope) => envelope.Detail()["requestParameters"]!.AsObject();
}
