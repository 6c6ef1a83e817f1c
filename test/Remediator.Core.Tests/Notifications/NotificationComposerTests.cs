using System.Text.Json;
using Remediator.Failures;
using Remediator.Judgement;
using Remediator.Network;
using Remediator.Notifications;
using Remediator.Outcomes;
using Remediator.Planning;

using static Remediator.StandIns.Worlds.NotificationScenarios;

namespace Remediator.Tests.Notifications;

public sealed class NotificationComposerTests
{
    private readonly NotificationComposer composer = new(ClassificationRules.Default.Exemption);

    public static TheoryData<string> Outcomes => ["remediated", "detected", "needs-dedicated-route-table", "failed"];

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void The_message_a_subscriber_receives_is_exactly_the_golden_one(string outcome)
    {
        var notification = Compose(outcome);

        GoldenFile.Matches($"{outcome}.subject.txt", notification.Subject + "\n");
        GoldenFile.Matches($"{outcome}.email.txt", notification.EmailText);
        GoldenFile.Matches($"{outcome}.json", notification.DocumentJson + "\n");
    }

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void The_outcome_is_stated_alike_in_the_document_the_attributes_and_the_subject(string outcome)
    {
        var notification = Compose(outcome);

        Assert.Equal(outcome, notification.Outcome.WireName());
        Assert.Contains(new KeyValuePair<string, string>("outcome", outcome), notification.Attributes);
        Assert.Equal(outcome, JsonDocument.Parse(notification.DocumentJson).RootElement.GetProperty("outcome").GetString());
        Assert.InRange(notification.Subject.Length, 1, Notification.MaxSubjectLength);
        Assert.DoesNotContain('\n', notification.Subject);
    }

    [Fact]
    public void The_SNS_body_carries_the_document_as_default_and_the_text_as_email()
    {
        var notification = Compose("remediated");

        var body = JsonDocument.Parse(notification.Body).RootElement;

        Assert.Equal(notification.DocumentJson, body.GetProperty("default").GetString());
        Assert.Equal(notification.EmailText, body.GetProperty("email").GetString());
    }

    [Fact]
    public void The_attributes_let_subscribers_filter_by_outcome_severity_account_region_and_VPC()
    {
        var notification = Compose("failed");

        Assert.Equal(
            [new("outcome", "failed"), new("severity", "critical"), new("account", "111122223333"), new("region", "eu-west-1"), new("vpc", VpcId)],
            notification.Attributes.ToList());
    }

    [Fact]
    public void When_VPC_Block_Public_Access_keeps_the_internet_out_of_every_exposed_subnet_the_severity_is_low_and_the_message_says_why()
    {
        var blocked = new KnownBlockPublicAccess(InternetGatewayBlockMode.BlockIngress, false, true, []);
        var notification = composer.Compose(Origin, PlanOutcome.NotExecuted(Plan(LeakyPrivateTable(bpa: blocked), Mode.Detect)))!;
        var document = JsonDocument.Parse(notification.DocumentJson).RootElement;

        Assert.Contains(new KeyValuePair<string, string>("severity", "low"), notification.Attributes);
        Assert.Equal("blocked", document.GetProperty("inboundIpv6").GetString());
        Assert.Equal(
            "VPC Block Public Access (block-ingress) blocks inbound internet traffic",
            document.GetProperty("routeTables")[0].GetProperty("subnets")[0].GetProperty("inboundIpv6Reason").GetString());
        Assert.Contains("VPC Block Public Access keeps the internet out of them", notification.EmailText, StringComparison.Ordinal);
        Assert.Contains("inbound IPv6 blocked: VPC Block Public Access (block-ingress)", notification.EmailText, StringComparison.Ordinal);
    }

    [Fact]
    public void One_exposed_subnet_that_an_exclusion_lets_the_internet_reach_keeps_the_severity_of_the_outcome()
    {
        var oneExcluded = new KnownBlockPublicAccess(
            InternetGatewayBlockMode.BlockBidirectional,
            false,
            true,
            [new BlockPublicAccessExclusion("vpcbpa-exclude-0a1b2c3d4e5f60718", InternetGatewayExclusionMode.AllowBidirectional, "subnet-0123456789abcdef1", "create-complete")]);
        var notification = composer.Compose(Origin, PlanOutcome.NotExecuted(Plan(LeakyPrivateTable(bpa: oneExcluded), Mode.Detect)))!;

        Assert.Contains(new KeyValuePair<string, string>("severity", "high"), notification.Attributes);
        Assert.Equal("reachable", JsonDocument.Parse(notification.DocumentJson).RootElement.GetProperty("inboundIpv6").GetString());
        Assert.Contains("exclusion vpcbpa-exclude-0a1b2c3d4e5f60718 (allow-bidirectional) on subnet-0123456789abcdef1 lets the internet in", notification.EmailText, StringComparison.Ordinal);
    }

    [Fact]
    public void When_VPC_Block_Public_Access_could_not_be_read_the_findings_say_unknown_and_keep_their_severity()
    {
        var unknown = new UnknownBlockPublicAccess("ec2:DescribeVpcBlockPublicAccessOptions failed with UnauthorizedOperation: not authorized");
        var notification = composer.Compose(Origin, PlanOutcome.NotExecuted(Plan(LeakyPrivateTable(bpa: unknown), Mode.Detect)))!;

        Assert.Contains(new KeyValuePair<string, string>("severity", "high"), notification.Attributes);
        Assert.Equal("unknown", JsonDocument.Parse(notification.DocumentJson).RootElement.GetProperty("inboundIpv6").GetString());
        Assert.Contains("inbound IPv6 unknown: VPC Block Public Access is unknown: ec2:DescribeVpcBlockPublicAccessOptions failed", notification.EmailText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_exposure_window_runs_from_the_event_time_to_the_replacement()
    {
        var document = JsonDocument.Parse(Compose("remediated").DocumentJson).RootElement;

        Assert.Equal(4.3, document.GetProperty("exposureWindowSeconds").GetDouble());
    }

    [Fact]
    public void A_long_exposure_window_reads_in_days_in_the_email_and_stays_in_seconds_in_the_document()
    {
        var longAgo = Origin with { EventTime = ReplacedAt - TimeSpan.FromSeconds(54_206_704.8) };

        var notification = composer.Compose(longAgo, Executed(Plan(LeakyPrivateTable(), Mode.Remediate), RouteStatus.Replaced))!;

        Assert.Contains("Exposure window: 627 days, from the CloudTrail event time to the route replacement.", notification.EmailText, StringComparison.Ordinal);
        Assert.Equal(54_206_704.8, JsonDocument.Parse(notification.DocumentJson).RootElement.GetProperty("exposureWindowSeconds").GetDouble());
    }

    [Fact]
    public void A_sweep_does_not_claim_to_know_when_the_exposure_began()
    {
        var plan = Plan(LeakyPrivateTable(), Mode.Remediate);
        var sweep = Origin with { EventName = "Scheduled Event" };

        var notification = composer.Compose(sweep, Executed(plan, RouteStatus.Replaced))!;

        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(notification.DocumentJson).RootElement.GetProperty("exposureWindowSeconds").ValueKind);
    }

    [Fact]
    public void Only_exempt_tables_found_means_nothing_to_send()
    {
        var snapshot = LeakyPrivateTable();
        snapshot = snapshot with { Vpcs = [snapshot.Vpcs[0] with { Tags = Remediator.Network.Tags.Of(("remediator:exempt", "true")) }] };

        Assert.Null(composer.Compose(Origin, PlanOutcome.NotExecuted(Plan(snapshot, Mode.Remediate))));
    }

    /// <summary>10,000 subnets in one VPC (issue 14) is far past EC2's default quota of 200: the message must still fit.</summary>
    [Theory]
    [InlineData(3000)]
    [InlineData(10_000)]
    public void A_huge_finding_is_summarised_by_whole_entries_with_counts_and_still_fits_SNS_and_parses(int count)
    {
        var snapshot = LeakyPrivateTable();
        var table = snapshot.RouteTables[0];
        var subnets = Enumerable.Range(0, count)
            .Select(i => new Remediator.Network.Subnet($"subnet-{i:x17}", VpcId, $"10.{i / 250}.{i % 250}.0/24", [$"2001:db8:{i:x}::/64"], false, Remediator.Network.Tags.Of(("Tier", "private"))))
            .ToList();
        snapshot = snapshot with
        {
            Subnets = [.. subnets],
            RouteTables = [table with { Associations = [.. subnets.Select((s, i) => new Remediator.Network.RouteTableAssociation($"rtbassoc-{i:x17}", s.Id))] }],
        };

        var notification = Compose(snapshot, Mode.Remediate, RouteStatus.Replaced);

        Assert.True(notification.SizeInBytes <= Notification.MaxBytes, $"{notification.SizeInBytes} bytes");
        var tableDocument = JsonDocument.Parse(notification.DocumentJson).RootElement.GetProperty("routeTables")[0];
        var listed = tableDocument.GetProperty("subnets").EnumerateArray().ToList();
        Assert.Equal(count, listed.Count + tableDocument.GetProperty("subnetsOmitted").GetInt32());
        Assert.True(tableDocument.GetProperty("subnetsOmitted").GetInt32() > 0);
        Assert.All(listed, subnet =>
        {
            Assert.Equal("private", subnet.GetProperty("classification").GetString());
            Assert.StartsWith("subnet-", subnet.GetProperty("subnetId").GetString(), StringComparison.Ordinal);
            Assert.Equal(1, subnet.GetProperty("ipv6Cidrs").GetArrayLength());
        });
        Assert.Contains($"{count - listed.Count} more, left out for size", notification.EmailText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_revert_commands_exempt_the_table_before_restoring_the_route()
    {
        var document = JsonDocument.Parse(Compose("remediated").DocumentJson).RootElement;

        Assert.Equal(
            [
                $"aws ec2 create-tags --region eu-west-1 --resources {TableId} --tags Key=remediator:exempt,Value=true",
                $"aws ec2 replace-route --region eu-west-1 --route-table-id {TableId} --destination-ipv6-cidr-block ::/0 --gateway-id {IgwId}",
            ],
            document.GetProperty("revertCommands").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void A_prefix_list_route_is_reported_with_the_prefixes_it_lets_in_and_restored_by_the_list_s_id()
    {
        var snapshot = WithInternetGatewayRouteTo(LeakyPrivateTable(), RouteDestination.Of(PartnerList));

        var notification = Compose(snapshot, Mode.Remediate, RouteStatus.Replaced);

        var document = JsonDocument.Parse(notification.DocumentJson).RootElement;
        var route = document.GetProperty("routeTables")[0].GetProperty("routes")[0];
        Assert.Equal(PartnerList.Id, route.GetProperty("destination").GetString());
        Assert.Equal("partner-networks", route.GetProperty("prefixList").GetProperty("name").GetString());
        Assert.Equal(PartnerList.Cidrs, route.GetProperty("prefixList").GetProperty("cidrs").EnumerateArray().Select(c => c.GetString()!));
        Assert.Contains(
            $"aws ec2 replace-route --region eu-west-1 --route-table-id {TableId} --destination-prefix-list-id {PartnerList.Id} --gateway-id {IgwId}",
            document.GetProperty("revertCommands").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("for a prefix list to an Internet Gateway: every address in the list can reach them", notification.EmailText, StringComparison.Ordinal);
        Assert.Contains(
            "prefix list partner-networks (owner 111122223333), IPv6 entries: 2001:db8:aa00::/40, 2001:db8:bb00::/40", notification.EmailText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_detected_prefix_list_route_is_fixed_by_a_command_naming_the_list()
    {
        var snapshot = WithInternetGatewayRouteTo(LeakyPrivateTable(withEigw: true), RouteDestination.Of(PartnerList));

        var document = JsonDocument.Parse(composer.Compose(Origin, PlanOutcome.NotExecuted(Plan(snapshot, Mode.Detect)))!.DocumentJson).RootElement;

        Assert.Equal(
            [$"aws ec2 replace-route --region eu-west-1 --route-table-id {TableId} --destination-prefix-list-id {PartnerList.Id} --egress-only-internet-gateway-id {EigwId}"],
            document.GetProperty("fixCommands").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void A_long_prefix_list_is_summarised_by_whole_entries_with_a_count()
    {
        var huge = PartnerList with { Cidrs = [.. Enumerable.Range(0, 20_000).Select(i => $"2001:db8:{i:x}::/48")] };
        var snapshot = WithInternetGatewayRouteTo(LeakyPrivateTable(), RouteDestination.Of(huge));

        var notification = Compose(snapshot, Mode.Remediate, RouteStatus.Replaced);

        var list = JsonDocument.Parse(notification.DocumentJson).RootElement.GetProperty("routeTables")[0].GetProperty("routes")[0].GetProperty("prefixList");
        Assert.Equal(20_000, list.GetProperty("cidrs").GetArrayLength() + list.GetProperty("cidrsOmitted").GetInt32());
        Assert.True(list.GetProperty("cidrsOmitted").GetInt32() > 0);
        Assert.True(notification.SizeInBytes <= Notification.MaxBytes, $"{notification.SizeInBytes} bytes");
    }

    private Notification Compose(string outcome) => outcome switch
    {
        "remediated" => Compose(LeakyPrivateTable(), Mode.Remediate, RouteStatus.Replaced),
        "detected" => composer.Compose(Origin, PlanOutcome.NotExecuted(Plan(LeakyPrivateTable(), Mode.Detect)))!,
        "needs-dedicated-route-table" => composer.Compose(Origin, PlanOutcome.NotExecuted(Plan(LeakyPrivateTable(withPublicSubnet: true), Mode.Remediate)))!,
        _ => Compose(
            LeakyPrivateTable(withEigw: true),
            Mode.Remediate,
            RouteStatus.Failed,
            new OperationFailure(FailureKind.AccessDenied, "ec2:ReplaceRoute", $"{TableId} ::/0", "UnauthorizedOperation", "You are not authorized to perform this operation.")),
    };

    private Notification Compose(NetworkSnapshot snapshot, Mode mode, RouteStatus status, OperationFailure? failure = null) =>
        composer.Compose(Origin, Executed(Plan(snapshot, mode), status, failure))!;
}
