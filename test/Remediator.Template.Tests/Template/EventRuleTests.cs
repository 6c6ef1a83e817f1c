using System.Text.Json.Nodes;
using Remediator.StandIns.Samples;
using Remediator.Template.Tests.Loading;
using Remediator.Template.Tests.Patterns;

namespace Remediator.Template.Tests.Template;

/// <summary>
/// The EventBridge rules of both templates against the sample events: every trigger reaches the function, once,
/// on each path (the central account's default bus; the organization's bus; a member account's forwarding
/// rules), and the negatives that a pattern can tell apart never do.
/// </summary>
public sealed class EventRuleTests
{
    private const string OrganizationBus = "OrganizationEventBus";

    /// <summary>
    /// Negative samples that the rules let through on purpose, with the reason. The function ignores them itself,
    /// without an AWS call (see SampleEventTests in Remediator.Core.Tests).
    /// </summary>
    private static readonly Dictionary<string, string> NegativesThePatternsCannotTellApart = new()
    {
        ["ignore-create-tags-subnet-cost-center.json"] =
            "which tag keys matter is configuration (EXEMPT_TAG, PUBLIC_TAGS, PRIVATE_TAGS, NAME_WORDS), not something a fixed pattern can know",
        ["ignore-modify-vpc-block-public-access-options-block-ingress.json"] =
            "no logged record of the Block Public Access calls was found to build a pattern on their requests from",
        ["ignore-modify-managed-prefix-list-remove-entry.json"] =
            "the request is logged wrapped, its entries an object or an array and their CIDR field spelt 'cidr' in the one record found: a pattern on it could miss an addition",
    };

    /// <summary>Each way an event reaches the function, with the rules on it.</summary>
    private static readonly Dictionary<string, IReadOnlyList<TemplateRule>> Paths = new(StringComparer.Ordinal)
    {
        ["the central account's default bus"] = TemplateRule.On(TemplateDocument.Central, TemplateRule.DefaultBus),
        ["the organization's bus"] = TemplateRule.On(TemplateDocument.Central, OrganizationBus),
        ["a member account's forwarding rules"] = TemplateRule.On(TemplateDocument.Member, TemplateRule.DefaultBus),
    };

    private static readonly IReadOnlyList<TemplateRule> CentralRules = TemplateRule.In(TemplateDocument.Central);

    private static readonly IReadOnlyList<TemplateRule> MemberRules = TemplateRule.In(TemplateDocument.Member);

    public static TheoryData<string, string> PositiveSamplesOnEachPath => Combine(Paths.Keys, PositiveFiles());

    public static TheoryData<string, string> NegativeSamplesOnEachPath =>
        Combine(Paths.Keys, Samples().Where(f => f.StartsWith("ignore-", StringComparison.Ordinal)));

    public static TheoryData<string> CentralRuleNames => [.. CentralRules.Select(r => r.Name)];

    public static TheoryData<string> MemberRuleNames => [.. MemberRules.Select(r => r.Name)];

    public static TheoryData<string, string> AllRules => Rows(
        CentralRules.Select(r => (TemplateDocument.CentralFileName, r.Name)).Concat(MemberRules.Select(r => (TemplateDocument.MemberFileName, r.Name))));

    [Theory]
    [MemberData(nameof(PositiveSamplesOnEachPath))]
    public void Each_positive_sample_invokes_the_function_through_exactly_one_rule_on_each_path(string path, string file)
    {
        var matching = Paths[path].Where(r => r.Accepts(Read(file))).Select(r => r.Name).ToList();

        // None: the trigger is lost. Two: the function runs twice for one change.
        Assert.True(matching.Count == 1, $"events/{file} matches {matching.Count} rules on {path}: [{string.Join(", ", matching)}].");
    }

    [Theory]
    [MemberData(nameof(NegativeSamplesOnEachPath))]
    public void Each_negative_sample_that_a_pattern_can_tell_apart_invokes_nothing_on_any_path(string path, string file)
    {
        var matching = Paths[path].Where(r => r.Accepts(Read(file))).Select(r => r.Name).ToList();

        if (NegativesThePatternsCannotTellApart.ContainsKey(file))
        {
            // Listed as let through: keep the list honest, so that a sharper pattern shortens it.
            Assert.True(matching.Count > 0, $"events/{file} is listed as let through, but no rule on {path} matches it: remove it from the list.");
        }
        else
        {
            Assert.True(matching.Count == 0, $"events/{file} should invoke nothing, but matches [{string.Join(", ", matching)}] on {path}.");
        }
    }

    [Fact]
    public void Every_negative_listed_as_let_through_is_a_sample()
    {
        Assert.All(NegativesThePatternsCannotTellApart.Keys, file => Assert.Contains(file, Samples()));
    }

    [Fact]
    public void The_organization_bus_and_the_member_stack_filter_exactly_as_the_function_s_own_rules()
    {
        // Three copies of the patterns, since CloudFormation has no include without S3; kept equal here.
        var own = Patterns(Paths["the central account's default bus"]);

        Assert.Equal(own, Patterns(Paths["the organization's bus"]));
        Assert.Equal(own, Patterns(Paths["a member account's forwarding rules"]));
    }

    [Theory]
    [MemberData(nameof(AllRules))]
    public void Every_rule_is_exercised_by_a_positive_sample(string template, string rule)
    {
        var theRule = TemplateRule.In(TemplateDocument.Named(template)).Single(r => r.Name == rule);

        Assert.Contains(PositiveFiles(), file => theRule.Accepts(Read(file)));
    }

    [Theory]
    [MemberData(nameof(AllRules))]
    public void Every_CloudTrail_rule_lets_through_only_calls_that_succeeded(string template, string rule)
    {
        var theRule = TemplateRule.In(TemplateDocument.Named(template)).Single(r => r.Name == rule);
        if (!theRule.IsCloudTrail)
        {
            return;
        }

        var errorCode = theRule.Pattern["detail"]?["errorCode"]?.ToJsonString();
        Assert.Equal("""[{"exists":false}]""", errorCode);
        Assert.Equal("""["aws.ec2"]""", theRule.Pattern["source"]?.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(CentralRuleNames))]
    public void Every_rule_that_invokes_the_function_sends_what_it_cannot_deliver_to_the_dead_letter_queue(string rule)
    {
        var theRule = CentralRules.Single(r => r.Name == rule);

        Assert.NotEmpty(theRule.DeadLetterArns);
        Assert.All(theRule.DeadLetterArns, arn => Assert.Equal(("DeadLetterQueue", "Arn"), Intrinsics.GetAtt(arn)));
    }

    [Theory]
    [MemberData(nameof(MemberRuleNames))]
    public void Every_member_rule_forwards_to_the_central_bus_with_the_forwarding_role_only(string rule)
    {
        var properties = TemplateDocument.Properties(TemplateDocument.Member.Resource(rule));
        var target = Assert.Single(Intrinsics.OneOrMany(properties["Targets"]));

        Assert.True(Intrinsics.IsRef(target["Arn"], "CentralEventBusArn"), $"{rule} should target CentralEventBusArn.");
        // The role is made once per account (in IamRegion) and named, so that every region's rules can name it.
        var roleName = Json.Text(TemplateDocument.Properties(TemplateDocument.Member.Resource("EventForwardingRole"))["RoleName"]?["Fn::Sub"]);
        Assert.Equal($"arn:${{AWS::Partition}}:iam::${{AWS::AccountId}}:role/{roleName}", Json.Text(target["RoleArn"]?["Fn::Sub"]));
    }

    [Fact]
    public void The_organization_bus_exists_only_with_an_organization_and_every_rule_on_it_with_it()
    {
        var template = TemplateDocument.Central;
        var condition = Json.Text(template.Resource(OrganizationBus)["Condition"]);

        Assert.NotNull(condition);
        Assert.Contains("OrganizationId", Intrinsics.ReferencedNames(template.Conditions[condition]));
        Assert.All(Paths["the organization's bus"], rule => Assert.Equal(condition, Json.Text(template.Resource(rule.Name)["Condition"])));
    }

    [Fact]
    public void Route_events_invoke_the_function_only_for_an_IPv6_destination_and_an_internet_gateway()
    {
        var route = CentralRules.First(r => r.Accepts(Read("create-route-ipv6-default-to-igw.json")));
        var parameters = route.Pattern["detail"]?["requestParameters"];

        Assert.Equal("""[{"prefix":"igw-"}]""", parameters?["gatewayId"]?.ToJsonString());
        Assert.Equal("""[{"exists":true}]""", parameters?["destinationIpv6CidrBlock"]?.ToJsonString());
    }

    [Theory]
    [InlineData(TemplateDocument.CentralFileName)]
    [InlineData(TemplateDocument.MemberFileName)]
    public void The_scheduled_sweep_can_be_switched_off(string file)
    {
        var template = TemplateDocument.Named(file);
        var sweep = TemplateRule.In(template).Single(r => r.Schedule is not null);
        var resource = template.Resource(sweep.Name);
        var condition = (string?)resource["Condition"];

        Assert.NotNull(condition);
        Assert.Contains("SweepRate", Intrinsics.ReferencedNames(template.Conditions[condition]));
        Assert.Contains("SweepRate", Intrinsics.ReferencedNames(TemplateDocument.Properties(resource)["ScheduleExpression"]));
    }

    [Fact]
    public void The_central_sweep_s_invoke_permission_goes_and_comes_with_it()
    {
        var template = TemplateDocument.Central;
        var sweep = CentralRules.Single(r => r.Schedule is not null);
        var permission = template.ResourcesOfType("AWS::Lambda::Permission")
            .Single(p => Intrinsics.GetAtt(TemplateDocument.Properties(p.Resource)["SourceArn"]) == (sweep.Name, "Arn"));

        Assert.Equal((string?)template.Resource(sweep.Name)["Condition"], (string?)permission.Resource["Condition"]);
    }

    [Fact]
    public void The_function_may_be_invoked_by_the_rules_of_the_organization_bus_only()
    {
        var template = TemplateDocument.Central;
        var permission = TemplateDocument.Properties(template.Resource("OrganizationRulesPermission"));

        Assert.Equal(
            "arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:rule/${OrganizationEventBus}/*",
            Json.Text(permission["SourceArn"]?["Fn::Sub"]));
        Assert.True(Intrinsics.IsRef(permission["SourceAccount"], "AWS::AccountId"));
    }

    private static List<string> Patterns(IEnumerable<TemplateRule> rules) =>
        [.. rules.Select(r => Canonical(r.Pattern)?.ToJsonString() ?? "null").Order(StringComparer.Ordinal)];

    /// <summary>The same pattern written with its fields in another order is the same pattern.</summary>
    private static JsonNode? Canonical(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Canonical(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Canonical)]),
        _ => node?.DeepClone(),
    };

    private static IEnumerable<string> PositiveFiles() =>
        Samples().Where(f => !f.StartsWith("ignore-", StringComparison.Ordinal) && !f.StartsWith("malformed-", StringComparison.Ordinal));

    private static TheoryData<string, string> Combine(IEnumerable<string> first, IEnumerable<string> second) =>
        Rows(first.SelectMany(a => second.Select(b => (a, b))).ToList());

    private static TheoryData<string, string> Rows(IEnumerable<(string, string)> rows)
    {
        var data = new TheoryData<string, string>();
        foreach (var (a, b) in rows)
        {
            data.Add(a, b);
        }

        return data;
    }

    private static IReadOnlyList<string> Samples() => [.. SampleEvents.Names()];

    private static JsonNode? Read(string file) => JsonNode.Parse(SampleEvents.Read(file));
}
