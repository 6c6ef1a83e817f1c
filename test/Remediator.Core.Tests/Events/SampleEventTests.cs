using Remediator.Judgement;
using Remediator.StandIns.Samples;
using Remediator.Triggers;

namespace Remediator.Tests.Events;

/// <summary>
/// Every file in events/ is read here and must mean what its name says. A new sample without an entry
/// in <see cref="Expected"/> fails the build, and so does an entry whose file is gone.
/// </summary>
public sealed class SampleEventTests
{
    private const string MainTable = "rtb-0a1b2c3d4e5f60718";
    private const string PrivateTable = "rtb-0b2c3d4e5f6071829";
    private const string PrivateSubnet = "subnet-0123456789abcdef0";
    private const string PartnerList = "pl-0e1f2a3b4c5d6e7f8";

    private static readonly Dictionary<string, string> Expected = new()
    {
        ["create-route-ipv6-default-to-igw.json"] = $"recheck {PrivateTable}",
        ["create-route-ipv6-global-unicast-to-igw.json"] = $"recheck {PrivateTable}",
        ["replace-route-ipv6-default-to-igw.json"] = $"recheck {PrivateTable}",
        ["create-subnet-dual-stack.json"] = "recheck subnet-0fedcba9876543210",
        ["associate-route-table-with-subnet.json"] = $"recheck {PrivateTable}",
        ["replace-route-table-association.json"] = $"recheck {PrivateTable}",
        ["associate-subnet-ipv6-cidr-block.json"] = $"recheck {PrivateSubnet}",
        ["create-tags-subnet-tier-private.json"] = $"recheck {PrivateSubnet}",
        ["delete-tags-subnet-exemption.json"] = $"recheck {PrivateSubnet}",
        ["delete-tags-route-table-exemption.json"] = $"recheck {PrivateTable}",
        ["delete-tags-vpc-exemption.json"] = "recheck vpc-0a1b2c3d4e5f60718",
        // Name tags classify subnets only; a route table's name is not evidence.
        ["create-tags-subnets-and-route-table-name.json"] = $"recheck {PrivateSubnet}, subnet-0123456789abcdef1",
        ["scheduled-sweep.json"] = "recheck region eu-west-1",
        // The IPv4-egress heuristic: IPv4 egress that avoids the IGW is evidence of privacy.
        ["create-route-ipv4-default-to-nat-gateway.json"] = $"recheck {PrivateTable}",
        ["delete-route-ipv4-default.json"] = $"recheck {PrivateTable}",
        ["modify-subnet-attribute-no-public-ipv4.json"] = $"recheck {PrivateSubnet}",
        // The DNS64 heuristic: a NAT64 route to a NAT gateway is evidence of privacy for IPv6-only subnets.
        ["replace-route-nat64-to-nat-gateway.json"] = $"recheck {PrivateTable}",
        // The subnet falls back to its VPC's main table, and the record names neither.
        ["disassociate-route-table.json"] = "recheck main route tables of eu-west-1",
        // Blackhole routes to the gateway carry traffic again.
        ["attach-internet-gateway.json"] = "recheck vpc-0a1b2c3d4e5f60718",
        // Whether the list is of the IPv6 family only reading it tells.
        ["create-route-prefix-list-to-igw.json"] = $"recheck {PrivateTable}",
        ["modify-managed-prefix-list-add-ipv6-entries.json"] = $"recheck prefix list {PartnerList}",
        // A restored version's entries are not in the event.
        ["restore-managed-prefix-list-version.json"] = $"recheck prefix list {PartnerList}",
        ["ignore-create-route-prefix-list-to-transit-gateway.json"] = "ignore: targets tgw-0e5f60718293a4b5c, not an internet gateway",
        ["ignore-modify-managed-prefix-list-remove-entry.json"] = "ignore: ModifyManagedPrefixList of pl-0e1f2a3b4c5d6e7f8 adds no entry",
        // VPC Block Public Access letting the internet in: the region (the whole account's mode), or the excluded subnet.
        ["modify-vpc-block-public-access-options-off.json"] = "recheck region eu-west-1",
        ["create-vpc-block-public-access-exclusion-subnet.json"] = $"recheck {PrivateSubnet}",
        ["ignore-modify-vpc-block-public-access-options-block-ingress.json"] = "ignore: ModifyVpcBlockPublicAccessOptions sets block-ingress, which keeps inbound internet traffic out",
        ["ignore-delete-vpc-block-public-access-exclusion.json"] = "ignore: removing an exclusion keeps more inbound internet traffic out",
        ["ignore-create-route-ipv4-default-to-igw.json"] = $"ignore: CreateRoute 0.0.0.0/0 in {MainTable} to igw-0c3d4e5f60718293a: IPv4 egress through an internet gateway makes no subnet look more private",
        ["ignore-create-route-ipv4-to-peering.json"] = "ignore: only IPv6 routes and the IPv4 default route bear on whether a subnet is exposed",
        ["ignore-delete-route-ipv6-default.json"] = "ignore: removing an IPv6 route can close an exposure, not open one",
        ["ignore-modify-subnet-attribute-public-ipv4-on.json"] = "ignore: turns on public IPv4 addresses, which makes it look less private",
        ["ignore-create-route-ipv6-to-egress-only-gateway.json"] = "ignore: targets eigw-0d4e5f60718293a4b, not an internet gateway",
        ["ignore-create-route-ipv6-to-transit-gateway.json"] = "ignore: targets tgw-0e5f60718293a4b5c, not an internet gateway",
        ["ignore-create-route-failed-access-denied.json"] = "ignore: CreateRoute failed with Client.UnauthorizedOperation",
        ["ignore-run-instances.json"] = "ignore: RunInstances cannot expose a subnet",
        ["ignore-create-tags-instance.json"] = "ignore: only tags of subnets, route tables and VPCs affect Remediator",
        ["ignore-create-tags-subnet-cost-center.json"] = "ignore: CreateTags of CostCenter cannot change",
        ["ignore-associate-route-table-with-gateway.json"] = "ignore: is an edge association",
        ["malformed-create-route-without-route-table-id.json"] = "reject detail.requestParameters.routeTableId: is missing or empty",
        ["malformed-detail-not-an-object.json"] = "reject detail: must be an object, found a string",
        ["malformed-subnet-id-not-an-id.json"] = "reject detail.requestParameters.subnetId: is not a subnet id: 'not-a-subnet'",
    };

    private readonly TriggerParser parser = new(ClassificationRules.Default);

    public static TheoryData<string> SampleFiles => [.. SampleEvents.Names()];

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Each_sample_event_means_what_its_name_says(string file)
    {
        Assert.True(Expected.TryGetValue(file, out var expected), $"events/{file} has no expectation in {nameof(SampleEventTests)}.");

        AssertMeans(expected, Describe(parser.Parse(SampleEvents.Read(file))));
    }

    [Fact]
    public void Every_expectation_has_its_sample_file()
    {
        var files = SampleEvents.Names().ToHashSet();
        Assert.All(Expected.Keys, name => Assert.Contains(name, files));
    }

    [Fact]
    public void Sample_names_say_which_kind_of_outcome_they_are()
    {
        foreach (var (file, expected) in Expected)
        {
            var kind = file.StartsWith("ignore-", StringComparison.Ordinal) ? "ignore: "
                : file.StartsWith("malformed-", StringComparison.Ordinal) ? "reject "
                : "recheck ";
            Assert.StartsWith(kind, expected, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_triggering_sample_carries_who_did_it_and_when()
    {
        var parsed = Assert.IsType<Triggered>(parser.Parse(SampleEvents.Read("create-route-ipv6-default-to-igw.json")));

        var origin = parsed.Trigger.Origin;
        Assert.Equal("CreateRoute", origin.EventName);
        Assert.Equal("111122223333", origin.Account);
        Assert.Equal("eu-west-1", origin.Region);
        Assert.NotNull(origin.Actor.Arn);
        Assert.Equal(TimeSpan.Zero, origin.EventTime.Offset);
        Assert.NotNull(origin.SourceIpAddress);
    }

    /// <summary>An ignore is expected by a part of its reason; a re-check or a rejection exactly.</summary>
    internal static void AssertMeans(string expected, string actual)
    {
        if (expected.StartsWith("ignore: ", StringComparison.Ordinal))
        {
            Assert.StartsWith("ignore: ", actual, StringComparison.Ordinal);
            Assert.Contains(expected["ignore: ".Length..], actual, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(expected, actual);
        }
    }

    internal static string Describe(ParsedEvent parsed) => parsed switch
    {
        Triggered t => "recheck " + string.Join(", ", t.Trigger.Scopes.Select(Describe)),
        Ignored i => "ignore: " + i.Reason,
        Rejected r => $"reject {r.Error.Field}: {r.Error.Problem}",
        _ => throw new ArgumentOutOfRangeException(nameof(parsed)),
    };

    private static string Describe(RecheckScope scope) => scope switch
    {
        RouteTableScope s => s.RouteTableId,
        SubnetScope s => s.SubnetId,
        VpcScope s => s.VpcId,
        RegionScope s => "region " + s.Region,
        MainRouteTablesScope s => "main route tables of " + s.Region,
        PrefixListScope s => "prefix list " + s.PrefixListId,
        _ => throw new ArgumentOutOfRangeException(nameof(scope)),
    };
}
