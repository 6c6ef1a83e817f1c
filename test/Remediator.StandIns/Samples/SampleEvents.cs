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

    /// <summary>The IPv4 default route sent to a NAT gateway, by CreateRoute or (with its other name) ReplaceRoute.</summary>
    public static string Ipv4DefaultToNatGateway(string routeTableId, string natGatewayId, string eventName = "CreateRoute") =>
        Request("create-route-ipv4-default-to-nat-gateway.json", eventName, ("routeTableId", routeTableId), ("natGatewayId", natGatewayId));

    /// <summary>The IPv4 default route sent (back) to an internet gateway, which makes no subnet look more private.</summary>
    public static string Ipv4DefaultToInternetGateway(string routeTableId, string internetGatewayId, string eventName = "CreateRoute") =>
        Request("ignore-create-route-ipv4-default-to-igw.json", eventName, ("routeTableId", routeTableId), ("gatewayId", internetGatewayId));

    public static string DeleteIpv4Default(string routeTableId) =>
        Request("delete-route-ipv4-default.json", "DeleteRoute", ("routeTableId", routeTableId));

    public static string DeleteIpv6Default(string routeTableId) =>
        Request("ignore-delete-route-ipv6-default.json", "DeleteRoute", ("routeTableId", routeTableId));

    public static string Nat64ToNatGateway(string routeTableId, string natGatewayId) =>
        Request("replace-route-nat64-to-nat-gateway.json", "ReplaceRoute", ("routeTableId", routeTableId), ("natGatewayId", natGatewayId));

    public static string DisassociateRouteTable(string associationId) =>
        Request("disassociate-route-table.json", "DisassociateRouteTable", ("associationId", associationId));

    public static string AttachInternetGateway(string internetGatewayId, string vpcId) =>
        Request("attach-internet-gateway.json", "AttachInternetGateway", ("internetGatewayId", internetGatewayId), ("vpcId", vpcId));

    /// <summary>ModifySubnetAttribute switching the auto-assignment of public IPv4 addresses off, or (<paramref name="on"/>) on.</summary>
    public static string MapPublicIpOnLaunch(string subnetId, bool on = false) => Request(
        on ? "ignore-modify-subnet-attribute-public-ipv4-on.json" : "modify-subnet-attribute-no-public-ipv4.json",
        "ModifySubnetAttribute",
        ("subnetId", subnetId));

    /// <summary>CreateRoute of a prefix list to an internet gateway.</summary>
    public static string PrefixListToInternetGateway(string routeTableId, string prefixListId, string internetGatewayId) => Request(
        "create-route-prefix-list-to-igw.json", "CreateRoute", ("routeTableId", routeTableId), ("destinationPrefixListId", prefixListId), ("gatewayId", internetGatewayId));

    /// <summary>ModifyManagedPrefixList adding entries to a list, logged with its request wrapped as EC2 logs it.</summary>
    public static string AddPrefixListEntries(string prefixListId, params string[] cidrs) => With("modify-managed-prefix-list-add-ipv6-entries.json", e =>
    {
        var request = e["detail"]!["requestParameters"]!["ModifyManagedPrefixListRequest"]!;
        request["PrefixListId"] = prefixListId;
        request["AddEntry"] = new JsonArray([.. cidrs.Select((cidr, i) => (JsonNode)new JsonObject { ["cidr"] = cidr, ["tag"] = i + 1 })]);
    });

    /// <summary>A sample with its eventName and the given request parameters replaced.</summary>
    private static string Request(string name, string eventName, params (string Parameter, string Value)[] parameters) => With(name, e =>
    {
        e["detail"]!["eventName"] = eventName;
        foreach (var (parameter, value) in parameters)
        {
            e["detail"]!["requestParameters"]![parameter] = value;
        }
    });

    private static string With(string name, Action<JsonNode> change)
    {
        var json = JsonNode.Parse(Read(name))!;
        change(json);
        return json.ToJsonString();
    }
}
