using System.Text.Json;
using System.Text.Json.Nodes;
using Remediator.Network;

namespace Remediator.Cli.Tests.Worlds;

public enum PageLayout
{
    /// <summary>What <c>aws ec2 describe-* --output json</c> prints: one object, every resource in it.</summary>
    OnePage,

    /// <summary>A JSON array of page objects.</summary>
    ArrayOfPages,

    /// <summary>Page objects one after the other, as appending each <c>--starting-token</c> call leaves them.</summary>
    ConcatenatedPages,
}

/// <summary>
/// Writes a test network as an AWS CLI export, independently of the code under test: the CLI's field names,
/// fields Remediator does not read (OwnerId, Origin, a field from the future), and pages with NextToken.
/// </summary>
internal static class AwsCliWorld
{
    private const string Owner = "111122223333";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, IndentSize = 4 };

    public static string Write(string folder, NetworkSnapshot snapshot, PageLayout layout = PageLayout.OnePage, int pageSize = 1000)
    {
        Directory.CreateDirectory(folder);
        WriteFile(folder, "describe-vpcs.json", "Vpcs", snapshot.Vpcs.Select(Vpc), layout, pageSize);
        WriteFile(folder, "describe-subnets.json", "Subnets", snapshot.Subnets.Select(Subnet), layout, pageSize);
        WriteFile(folder, "describe-route-tables.json", "RouteTables", snapshot.RouteTables.Select(Table), layout, pageSize);
        WriteFile(folder, "describe-egress-only-internet-gateways.json", "EgressOnlyInternetGateways", snapshot.EgressOnlyInternetGateways.Select(Gateway), layout, pageSize);
        return folder;
    }

    private static void WriteFile(string folder, string name, string listName, IEnumerable<JsonObject> items, PageLayout layout, int pageSize)
    {
        var chunks = layout == PageLayout.OnePage ? [items.ToArray()] : items.Chunk(pageSize).DefaultIfEmpty([]).ToList();
        var pages = chunks.Select((chunk, i) =>
        {
            var page = new JsonObject { [listName] = new JsonArray([.. chunk]) };
            if (i < chunks.Count - 1)
            {
                page["NextToken"] = $"eyJ2IjoiMiIsImMiOiJ0b2tlbi0{i}In0=";
            }

            return page;
        }).ToList();
        var text = layout switch
        {
            PageLayout.ArrayOfPages => new JsonArray([.. pages]).ToJsonString(Indented),
            _ => string.Join("\n", pages.Select(p => p.ToJsonString(Indented))),
        };
        File.WriteAllText(Path.Combine(folder, name), text + "\n");
    }

    private static JsonObject Vpc(Vpc vpc) => new()
    {
        ["OwnerId"] = Owner,
        ["InstanceTenancy"] = "default",
        ["IsDefault"] = false,
        ["Tags"] = Tags(vpc.Tags),
        ["VpcId"] = vpc.Id,
        ["State"] = "available",
        ["CidrBlock"] = "10.0.0.0/16",
        ["SomeFieldOfAFutureCliVersion"] = new JsonObject { ["Nested"] = new JsonArray(1, 2, 3) },
    };

    private static JsonObject Subnet(Subnet subnet)
    {
        var json = new JsonObject
        {
            ["AvailabilityZone"] = "eu-west-1a",
            ["AvailableIpAddressCount"] = 251,
            ["MapPublicIpOnLaunch"] = subnet.MapPublicIpOnLaunch,
            ["State"] = "available",
            ["SubnetId"] = subnet.Id,
            ["VpcId"] = subnet.VpcId,
            ["OwnerId"] = Owner,
            ["Ipv6CidrBlockAssociationSet"] = new JsonArray([.. subnet.Ipv6Cidrs.Select((cidr, i) => new JsonObject
            {
                ["AssociationId"] = $"subnet-cidr-assoc-{i:x17}",
                ["Ipv6CidrBlock"] = cidr,
                ["Ipv6CidrBlockState"] = new JsonObject { ["State"] = "associated" },
            })]),
            ["Tags"] = Tags(subnet.Tags),
            ["Ipv6Native"] = subnet.IsIpv6Only,
        };
        if (subnet.Ipv4Cidr is { } ipv4)
        {
            json["CidrBlock"] = ipv4;
        }

        return json;
    }

    private static JsonObject Table(RouteTable table) => new()
    {
        ["Associations"] = new JsonArray([.. table.Associations.Select(a => Association(table.Id, a))]),
        ["PropagatingVgws"] = new JsonArray(),
        ["RouteTableId"] = table.Id,
        ["Routes"] = new JsonArray([.. table.Routes.Select(Route)]),
        ["Tags"] = Tags(table.Tags),
        ["VpcId"] = table.VpcId,
        ["OwnerId"] = Owner,
    };

    private static JsonObject Association(string tableId, RouteTableAssociation association)
    {
        var json = new JsonObject { ["Main"] = association.IsMain, ["RouteTableAssociationId"] = association.Id, ["RouteTableId"] = tableId };
        if (association.SubnetId is { } subnetId)
        {
            json["SubnetId"] = subnetId;
        }

        json["AssociationState"] = new JsonObject { ["State"] = "associated" };
        return json;
    }

    private static JsonObject Route(Route route)
    {
        var destinationField = route.Destination.Kind switch
        {
            DestinationKind.Ipv4Cidr => "DestinationCidrBlock",
            DestinationKind.Ipv6Cidr => "DestinationIpv6CidrBlock",
            _ => "DestinationPrefixListId",
        };
        var targetField = route.Target.Kind switch
        {
            TargetKind.EgressOnlyInternetGateway => "EgressOnlyInternetGatewayId",
            TargetKind.NatGateway => "NatGatewayId",
            TargetKind.TransitGateway => "TransitGatewayId",
            TargetKind.NetworkInterface => "NetworkInterfaceId",
            TargetKind.VpcPeeringConnection => "VpcPeeringConnectionId",
            _ => "GatewayId",
        };
        return new JsonObject
        {
            [destinationField] = route.Destination.Value,
            [targetField] = route.Target.Id,
            ["Origin"] = route.Target.Kind == TargetKind.Local ? "CreateRouteTable" : "CreateRoute",
            ["State"] = route.IsBlackhole ? "blackhole" : "active",
        };
    }

    private static JsonObject Gateway(EgressOnlyInternetGateway gateway) => new()
    {
        ["Attachments"] = new JsonArray([.. gateway.AttachedVpcIds.Select(vpc => new JsonObject { ["State"] = "attached", ["VpcId"] = vpc })]),
        ["EgressOnlyInternetGatewayId"] = gateway.Id,
        ["Tags"] = Tags(gateway.Tags),
    };

    private static JsonArray Tags(Tags tags) =>
        new([.. tags.Values.Select(t => new JsonObject { ["Key"] = t.Key, ["Value"] = t.Value })]);
}
