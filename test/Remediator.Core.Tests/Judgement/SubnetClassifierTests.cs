using System.Collections.Immutable;
using Remediator.Judgement;
using Remediator.Network;
using Remediator.StandIns.Worlds;

namespace Remediator.Tests.Judgement;

public sealed class SubnetClassifierTests
{
    private static readonly string Nat = Some.Id("nat");
    private static readonly string Igw = Some.InternetGatewayId();

    [Theory]
    [InlineData("Tier", "public", Privacy.Public)]
    [InlineData("Tier", "Public", Privacy.Public)]
    [InlineData("kubernetes.io/role/elb", "1", Privacy.Public)]
    [InlineData("aws-cdk:subnet-type", "Public", Privacy.Public)]
    [InlineData("Tier", "private", Privacy.Private)]
    [InlineData("kubernetes.io/role/internal-elb", "1", Privacy.Private)]
    [InlineData("aws-cdk:subnet-type", "Private", Privacy.Private)]
    [InlineData("aws-cdk:subnet-type", "Isolated", Privacy.Private)]
    public void Default_tags_declare_a_subnet_public_or_private(string key, string value, Privacy expected)
    {
        // The routes say "public" (IGW default route), so only the tag can make it private.
        var classification = Classify(Tags.Of((key, value)), ipv4DefaultTarget: Igw);

        Assert.Equal(expected, classification.Privacy);
        Assert.Equal($"tag {key}={value}", classification.Reason);
    }

    [Fact]
    public void A_tag_overrides_the_route_heuristics()
    {
        var classification = Classify(Tags.Of(("Tier", "public")), ipv4DefaultTarget: Nat);

        Assert.Equal(Privacy.Public, classification.Privacy);
        Assert.Equal(ClassificationRule.PublicTag, classification.DecidedBy);
    }

    [Fact]
    public void A_public_tag_wins_over_a_private_tag_because_it_is_tried_first()
    {
        var classification = Classify(Tags.Of(("Tier", "private"), ("kubernetes.io/role/elb", "1")));

        Assert.Equal(Privacy.Public, classification.Privacy);
    }

    [Theory]
    [InlineData("subnet")]
    [InlineData("table")]
    [InlineData("vpc")]
    public void The_exemption_tag_on_the_subnet_its_table_or_its_VPC_exempts_it_before_any_other_rule(string holder)
    {
        var exempt = Tags.Of(("remediator:exempt", "true"), ("Tier", "private"));
        var network = new TestNetwork(holder == "vpc" ? exempt : null);
        var subnet = network.Subnet(holder == "subnet" ? exempt : Tags.Of(("Tier", "private")));
        var table = network.Table([Some.Ipv6DefaultTo(network.InternetGatewayId)], [subnet], tags: holder == "table" ? exempt : null);

        var classification = new SubnetClassifier(ClassificationRules.Default).Classify(subnet, table, network.Vpc);

        Assert.Equal(Privacy.Exempt, classification.Privacy);
        Assert.StartsWith("tag remediator:exempt=true on ", classification.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exemption_tag_set_to_false_exempts_nothing()
    {
        var classification = Classify(Tags.Of(("remediator:exempt", "false"), ("Tier", "private")));

        Assert.Equal(Privacy.Private, classification.Privacy);
    }

    [Theory]
    [InlineData("app-private-1a", Privacy.Private)]
    [InlineData("Private subnet (eu-west-1a)", Privacy.Private)]
    [InlineData("vpc/PRIVATE", Privacy.Private)]
    [InlineData("web-public-1b", Privacy.Public)]
    [InlineData("public", Privacy.Public)]
    public void The_name_declares_intent_when_it_contains_the_whole_word(string name, Privacy expected)
    {
        var classification = Classify(Tags.Of(("Name", name)), ipv4DefaultTarget: expected == Privacy.Private ? Igw : Nat);

        Assert.Equal(expected, classification.Privacy);
        Assert.Equal(ClassificationRule.NameWord, classification.DecidedBy);
    }

    [Theory]
    [InlineData("privateer")]
    [InlineData("publicity-db")]
    [InlineData("PrivateSubnet1")]
    [InlineData("public-to-private-transit")]
    public void A_name_without_exactly_one_of_the_whole_words_declares_nothing(string name)
    {
        var classification = Classify(Tags.Of(("Name", name)), ipv4DefaultTarget: Igw);

        Assert.NotEqual(ClassificationRule.NameWord, classification.DecidedBy);
    }

    [Fact]
    public void A_tag_is_stronger_than_the_name()
    {
        var classification = Classify(Tags.Of(("Name", "app-private-1a"), ("Tier", "public")));

        Assert.Equal(Privacy.Public, classification.Privacy);
    }

    [Fact]
    public void The_name_words_are_configurable()
    {
        var rules = ClassificationRules.Default with { NameWords = new NameWords("Name", "intern", "extern") };

        var classification = Classify(Tags.Of(("Name", "app-intern-1a")), ipv4DefaultTarget: Igw, rules: rules);

        Assert.Equal(Privacy.Private, classification.Privacy);
        Assert.Equal("Name 'app-intern-1a' contains the word 'intern'", classification.Reason);
    }

    [Fact]
    public void The_tag_rules_are_configurable()
    {
        var rules = ClassificationRules.Default with
        {
            Exemption = new TagMatch("security/leave-alone", "yes"),
            PrivateTags = [new TagMatch("zone", "internal")],
        };

        Assert.Equal(Privacy.Private, Classify(Tags.Of(("zone", "internal")), ipv4DefaultTarget: Igw, rules: rules).Privacy);
        Assert.Equal(Privacy.Exempt, Classify(Tags.Of(("security/leave-alone", "yes")), rules: rules).Privacy);
        Assert.Equal(Privacy.Public, Classify(Tags.Of(("Tier", "private")), ipv4DefaultTarget: Igw, rules: rules).Privacy);
    }

    [Fact]
    public void A_dual_stack_subnet_whose_IPv4_egress_goes_through_a_NAT_gateway_is_private()
    {
        var classification = Classify(ipv4DefaultTarget: Nat);

        Assert.Equal(Privacy.Private, classification.Privacy);
        Assert.Equal($"IPv4 egress goes through {Nat} and public IPv4 addresses are not auto-assigned", classification.Reason);
    }

    [Theory]
    [InlineData("tgw")]
    [InlineData("eni")]
    [InlineData("vpce")]
    public void IPv4_egress_through_any_other_target_than_an_IGW_counts_as_private(string prefix)
    {
        Assert.Equal(Privacy.Private, Classify(ipv4DefaultTarget: Some.Id(prefix)).Privacy);
    }

    [Fact]
    public void A_dual_stack_subnet_without_an_IPv4_default_route_is_private()
    {
        var classification = Classify(ipv4DefaultTarget: null);

        Assert.Equal(Privacy.Private, classification.Privacy);
        Assert.Contains("has no IPv4 default route", classification.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subnet_that_auto_assigns_public_IPv4_is_public_even_behind_a_NAT_gateway()
    {
        var classification = Classify(ipv4DefaultTarget: Nat, mapPublicIp: true);

        Assert.Equal(Privacy.Public, classification.Privacy);
        Assert.Equal("no evidence of privacy: it auto-assigns public IPv4 addresses", classification.Reason);
    }

    [Fact]
    public void A_subnet_whose_IPv4_default_route_goes_to_the_IGW_is_public()
    {
        var classification = Classify(ipv4DefaultTarget: Igw);

        Assert.Equal(Privacy.Public, classification.Privacy);
        Assert.Equal($"no evidence of privacy: IPv4 egress goes to {Igw}", classification.Reason);
    }

    [Fact]
    public void The_IPv4_egress_heuristic_can_be_switched_off()
    {
        var rules = ClassificationRules.Default with { Ipv4EgressHeuristic = false };

        Assert.Equal(Privacy.Public, Classify(ipv4DefaultTarget: Nat, rules: rules).Privacy);
    }

    [Fact]
    public void An_IPv6_only_subnet_with_a_NAT64_route_to_a_NAT_gateway_is_private()
    {
        var classification = Classify(ipv4: false, extraRoutes: [new Route(RouteDestination.Ipv6("64:ff9b::/96"), new RouteTarget(Nat))]);

        Assert.Equal(Privacy.Private, classification.Privacy);
        Assert.Equal(ClassificationRule.Dns64, classification.DecidedBy);
    }

    [Fact]
    public void An_IPv6_only_subnet_without_a_NAT64_route_is_public()
    {
        var classification = Classify(ipv4: false, ipv4DefaultTarget: null);

        Assert.Equal(Privacy.Public, classification.Privacy);
        Assert.Equal("no evidence of privacy: IPv6-only without a NAT64 route", classification.Reason);
    }

    [Fact]
    public void A_NAT64_route_to_something_other_than_a_NAT_gateway_is_no_evidence()
    {
        var classification = Classify(ipv4: false, extraRoutes: [new Route(RouteDestination.Ipv6("64:ff9b::/96"), new RouteTarget(Some.Id("tgw")))]);

        Assert.Equal(Privacy.Public, classification.Privacy);
    }

    [Fact]
    public void The_DNS64_heuristic_can_be_switched_off()
    {
        var rules = ClassificationRules.Default with { Dns64Heuristic = false };

        var classification = Classify(ipv4: false, extraRoutes: [new Route(RouteDestination.Ipv6("64:ff9b::/96"), new RouteTarget(Nat))], rules: rules);

        Assert.Equal(Privacy.Public, classification.Privacy);
    }

    private static SubnetClassification Classify(
        Tags? tags = null,
        string? ipv4DefaultTarget = "nat-default",
        bool ipv4 = true,
        bool mapPublicIp = false,
        ImmutableArray<Route> extraRoutes = default,
        ClassificationRules? rules = null)
    {
        var network = new TestNetwork();
        var subnet = network.Subnet(tags, ipv4: ipv4, mapPublicIp: mapPublicIp);
        var routes = new List<Route>();
        if (ipv4DefaultTarget is not null)
        {
            routes.Add(Some.Ipv4DefaultTo(ipv4DefaultTarget == "nat-default" ? Nat : ipv4DefaultTarget));
        }

        routes.AddRange(extraRoutes.IsDefault ? [] : extraRoutes);
        var table = network.Table(routes, [subnet]);
        return new SubnetClassifier(rules ?? ClassificationRules.Default).Classify(subnet, table, network.Vpc);
    }
}
