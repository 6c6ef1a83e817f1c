using System.Text.Json.Nodes;

namespace Remediator.StandIns.Samples;

/// <summary>
/// The sample events of events/, which every test project and the benchmarks copy beside their binaries, as
/// they are or pointed at the resources of a test's world.
/// </summary>
public static class SampleEvents
{
    /// <summary>The account the samples were recorded in: the function's own in the tests' worlds.</summary>
    public const string Account = "111122223333";

    /// <summary>The region the samples were recorded in.</summary>
    public const string Region = "eu-west-1";

    /// <summary>The copy of events/ beside the running binaries.</summary>
    public static string Folder => System.IO.Path.Combine(AppContext.BaseDirectory, "events");

    /// <summary>Every sample event's file name, in name order.</summary>
    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.json").Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>The full path of a sample, e.g. <c>create-route-ipv6-default-to-igw.json</c>.</summary>
    public static string Path(string name) => System.IO.Path.Combine(Folder, name);

    public static string Read(string name) => File.ReadAllText(Path(name));

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
