using System.Text.Json.Nodes;

namespace Remediator.Benchmarks.Shared;

/// <summary>The sample events of events/ (copied beside the executable), as they are or pointed at a world's resources.</summary>
internal static class SampleEvents
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "events");

    /// <summary>Every sample event's file name, in name order.</summary>
    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));

    public static string CreateRoute(string routeTableId) =>
        With("create-route-ipv6-default-to-igw.json", e => e["detail"]!["requestParameters"]!["routeTableId"] = routeTableId);

    public static string CreateSubnet(string subnetId) =>
        With("create-subnet-dual-stack.json", e => e["detail"]!["responseElements"]!["subnet"]!["subnetId"] = subnetId);

    public static string DeleteVpcExemption(string vpcId) =>
        With("delete-tags-vpc-exemption.json", e => e["detail"]!["requestParameters"]!["resourcesSet"]!["items"]![0]!["resourceId"] = vpcId);

    private static string With(string name, Action<JsonNode> change)
    {
        var json = JsonNode.Parse(Read(name))!;
        change(json);
        return json.ToJsonString();
    }
}
