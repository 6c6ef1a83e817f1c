using System.Text.Json.Nodes;

namespace Remediator.Ec2.Tests;

/// <summary>The sample events of events/, pointed at the resources of a test's world.</summary>
internal static class SampleEvents
{
    public static string CreateRoute(string routeTableId) =>
        With("create-route-ipv6-default-to-igw.json", e => e["detail"]!["requestParameters"]!["routeTableId"] = routeTableId);

    public static string CreateSubnet(string subnetId) =>
        With("create-subnet-dual-stack.json", e => e["detail"]!["responseElements"]!["subnet"]!["subnetId"] = subnetId);

    public static string DeleteVpcExemption(string vpcId) =>
        With("delete-tags-vpc-exemption.json", e => e["detail"]!["requestParameters"]!["resourcesSet"]!["items"]![0]!["resourceId"] = vpcId);

    public static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "events", file));

    private static string With(string file, Action<JsonNode> change)
    {
        var json = JsonNode.Parse(Read(file))!;
        change(json);
        return json.ToJsonString();
    }
}
