using System.Text.Json.Nodes;
using Remediator.Judgement;
using Remediator.Triggers;

namespace Remediator.Tests.Events;

/// <summary>
/// CloudTrail records that AWS itself logged (Events/AwsLogged, provenance in its SOURCES.md), through the
/// parser as EventBridge delivers them: each means what it did to the network, and none throws.
/// </summary>
public sealed class AwsLoggedRecordTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Events", "AwsLogged");

    private static readonly Dictionary<string, string> Expected = new()
    {
        ["AssociateRouteTable.invictus-subnet.json"] = "recheck rtb-0c7c2f4aff3677054",
        ["AttachInternetGateway.invictus.json"] = "recheck vpc-06fe1a64761a0f720",
        ["CreateInternetGateway.invictus.json"] = "ignore: CreateInternetGateway cannot expose a subnet",
        ["CreateRoute.invictus-ipv4-default-to-igw.json"] = "ignore: IPv4 egress through an internet gateway makes no subnet look more private",
        ["CreateRoute.invictus-ipv4-default-to-nat.json"] = "recheck rtb-0d4916f528a90fa4e",
        ["CreateRouteTable.invictus.json"] = "ignore: CreateRouteTable cannot expose a subnet",
        ["CreateSubnet.invictus-private-ipv4-only.json"] = "ignore: has no IPv6 CIDR",
        ["CreateTags.invictus-ami.json"] = "ignore: only tags of subnets, route tables and VPCs affect Remediator",
        ["CreateVpc.invictus-failed-VpcLimitExceeded.json"] = "ignore: CreateVpc failed with Client.VpcLimitExceeded",
        ["DeleteRoute.invictus.json"] = "recheck rtb-08838187a84b2f5bf",
        ["DeleteTransitGatewayVpcAttachment.c7n-eventbridge-envelope.json"] = "ignore: DeleteTransitGatewayVpcAttachment cannot expose a subnet",
        ["DescribeEgressOnlyInternetGateways.invictus-console.json"] = "ignore: DescribeEgressOnlyInternetGateways cannot expose a subnet",
        ["DescribeRouteTables.invictus-failed-InvalidRouteTableID.json"] = "ignore: DescribeRouteTables failed with Client.InvalidRouteTableID.NotFound",
        ["DisassociateRouteTable.invictus.json"] = "recheck main route tables of us-east-1",
        // Anonymised by its publisher into a region that does not exist: rejected by name, as any bad region is.
        ["RunInstances.stratus-failed-UnauthorizedOperation.json"] = "reject region: is not an AWS region name: 'ca-south-3r'",
    };

    private readonly TriggerParser parser = new(ClassificationRules.Default);

    public static TheoryData<string> Records => [.. Directory.EnumerateFiles(Folder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Records))]
    public void Each_record_AWS_logged_means_what_it_did_to_the_network(string file)
    {
        Assert.True(Expected.TryGetValue(file, out var expected), $"Events/AwsLogged/{file} has no expectation in {nameof(AwsLoggedRecordTests)}.");

        SampleEventTests.AssertMeans(expected, SampleEventTests.Describe(parser.Parse(Delivered(File.ReadAllText(Path.Combine(Folder, file))))));
    }

    [Fact]
    public void Every_expectation_has_its_record()
    {
        Assert.All(Expected.Keys, file => Assert.True(File.Exists(Path.Combine(Folder, file)), $"Events/AwsLogged/{file} is missing."));
    }

    /// <summary>A bare record as EventBridge wraps it; a record already in its envelope as it is.</summary>
    private static string Delivered(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        if (node.ContainsKey("detail-type"))
        {
            return json;
        }

        var source = ((string?)node["eventSource"] ?? "").Split('.')[0];
        return new JsonObject
        {
            ["version"] = "0",
            ["id"] = "2a1e4b1c-0000-4000-8000-00000000aws0",
            ["detail-type"] = "AWS API Call via CloudTrail",
            ["source"] = $"aws.{source}",
            ["account"] = node["recipientAccountId"]?.DeepClone(),
            ["time"] = node["eventTime"]?.DeepClone(),
            ["region"] = node["awsRegion"]?.DeepClone(),
            ["resources"] = new JsonArray(),
            ["detail"] = node.DeepClone(),
        }.ToJsonString();
    }
}
