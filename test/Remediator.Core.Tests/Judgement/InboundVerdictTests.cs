using Remediator.Judgement;
using Remediator.Network;

namespace Remediator.Tests.Judgement;

/// <summary>Whether the internet can reach a subnet through an IGW route, under the region's VPC Block Public Access.</summary>
public sealed class InboundVerdictTests
{
    private const string VpcId = "vpc-0a1b2c3d4e5f60718";

    private static readonly Subnet Private = new("subnet-0123456789abcdef0", VpcId, "10.0.0.0/24", ["2001:db8:1234:1a00::/64"], false, Tags.None);

    [Fact]
    public void With_Block_Public_Access_off_the_internet_can_reach_the_subnet()
    {
        Assert.Equal(new InboundVerdict(InboundIpv6.Reachable, "VPC Block Public Access is off"), Verdict(InternetGatewayBlockMode.Off));
    }

    [Theory]
    [InlineData(InternetGatewayBlockMode.BlockIngress)]
    [InlineData(InternetGatewayBlockMode.BlockBidirectional)]
    public void Either_blocking_mode_keeps_the_internet_out_of_a_subnet_without_an_exclusion(InternetGatewayBlockMode mode)
    {
        Assert.Equal(InboundIpv6.Blocked, Verdict(mode).State);
    }

    [Theory]
    [InlineData("subnet-0123456789abcdef0")]
    [InlineData(VpcId)]
    public void An_allow_bidirectional_exclusion_of_the_subnet_or_its_VPC_lets_the_internet_in_and_is_named(string excluded)
    {
        var verdict = Verdict(InternetGatewayBlockMode.BlockIngress, Exclusion(InternetGatewayExclusionMode.AllowBidirectional, excluded));

        Assert.Equal(InboundIpv6.Reachable, verdict.State);
        Assert.Contains($"exclusion vpcbpa-exclude-0f1e2d3c4b5a69788 (allow-bidirectional) on {excluded}", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_allow_egress_exclusion_keeps_inbound_blocked_and_says_so()
    {
        var verdict = Verdict(InternetGatewayBlockMode.BlockBidirectional, Exclusion(InternetGatewayExclusionMode.AllowEgress, VpcId));

        Assert.Equal(InboundIpv6.Blocked, verdict.State);
        Assert.EndsWith($"exclusion vpcbpa-exclude-0f1e2d3c4b5a69788 on {VpcId} allows egress only", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exclusion_of_another_subnet_changes_nothing()
    {
        var verdict = Verdict(InternetGatewayBlockMode.BlockIngress, Exclusion(InternetGatewayExclusionMode.AllowBidirectional, "subnet-0fedcba9876543210"));

        Assert.Equal(InboundIpv6.Blocked, verdict.State);
    }

    [Theory]
    [InlineData("create-complete", InboundIpv6.Reachable)]
    [InlineData("create-in-progress", InboundIpv6.Reachable)]
    [InlineData("delete-in-progress", InboundIpv6.Reachable)]
    [InlineData("delete-complete", InboundIpv6.Blocked)]
    [InlineData("create-failed", InboundIpv6.Blocked)]
    [InlineData("disable-complete", InboundIpv6.Blocked)]
    public void An_exclusion_counts_unless_EC2_says_it_is_gone_failed_or_disabled(string state, InboundIpv6 expected)
    {
        var exclusion = Exclusion(InternetGatewayExclusionMode.AllowBidirectional, VpcId) with { State = state };

        Assert.Equal(expected, Verdict(InternetGatewayBlockMode.BlockIngress, exclusion).State);
    }

    [Fact]
    public void Exclusions_an_organization_setting_disallows_let_nothing_in()
    {
        var bpa = new KnownBlockPublicAccess(
            InternetGatewayBlockMode.BlockIngress, false, ExclusionsAllowed: false, [Exclusion(InternetGatewayExclusionMode.AllowBidirectional, VpcId)]);

        Assert.Equal(InboundIpv6.Blocked, InboundVerdict.For(Private, bpa).State);
    }

    [Fact]
    public void While_the_mode_is_changing_or_when_it_could_not_be_read_the_verdict_is_unknown()
    {
        var changing = new KnownBlockPublicAccess(InternetGatewayBlockMode.BlockIngress, UpdateInProgress: true, true, []);

        Assert.Equal(InboundIpv6.Unknown, InboundVerdict.For(Private, changing).State);
        Assert.Equal(
            new InboundVerdict(InboundIpv6.Unknown, "VPC Block Public Access is unknown: AccessDenied"),
            InboundVerdict.For(Private, new UnknownBlockPublicAccess("AccessDenied")));
    }

    [Theory]
    [InlineData(new[] { InboundIpv6.Blocked, InboundIpv6.Reachable }, InboundIpv6.Reachable)]
    [InlineData(new[] { InboundIpv6.Blocked, InboundIpv6.Unknown }, InboundIpv6.Unknown)]
    [InlineData(new[] { InboundIpv6.Blocked, InboundIpv6.Blocked }, InboundIpv6.Blocked)]
    [InlineData(new InboundIpv6[0], InboundIpv6.Unknown)]
    public void A_notification_says_blocked_only_when_every_exposed_subnet_is(InboundIpv6[] subnets, InboundIpv6 expected)
    {
        Assert.Equal(expected, InboundIpv6s.Worst(subnets));
    }

    private static InboundVerdict Verdict(InternetGatewayBlockMode mode, params BlockPublicAccessExclusion[] exclusions) =>
        InboundVerdict.For(Private, new KnownBlockPublicAccess(mode, false, true, [.. exclusions]));

    private static BlockPublicAccessExclusion Exclusion(InternetGatewayExclusionMode mode, string resource) =>
        new("vpcbpa-exclude-0f1e2d3c4b5a69788", mode, resource, "create-complete");
}
