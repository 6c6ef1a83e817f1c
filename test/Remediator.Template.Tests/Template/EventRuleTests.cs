using System.Text.Json.Nodes;
using Remediator.StandIns.Samples;
using Remediator.Template.Tests.Loading;
using Remediator.Template.Tests.Patterns;

namespace Remediator.Template.Tests.Template;

/// <summary>
/// The template's EventBridge rules against the sample events: every trigger reaches the function, and the
/// negatives that a pattern can tell apart never invoke it.
/// </summary>
public sealed class EventRuleTests
{
    /// <summary>
    /// Negative samples that the rules let through on purpose, with the reason. The function ignores them itself,
    /// without an AWS call (see SampleEventTests in Remediator.Core.Tests).
    /// </summary>
    private static readonly Dictionary<string, string> NegativesThePatternsCannotTellApart = new()
    {
        ["ignore-create-tags-subnet-cost-center.json"] =
            "which tag keys matter is configuration (EXEMPT_TAG, PUBLIC_TAGS, PRIVATE_TAGS, NAME_WORDS), not something a fixed pattern can know",
    };

    private static readonly IReadOnlyList<TemplateRule> Rules = TemplateRule.In(TemplateDocument.Current);

    public static TheoryData<string> PositiveSamples => [.. Samples().Where(f => !f.StartsWith("ignore-", StringComparison.Ordinal) && !f.StartsWith("malformed-", StringComparison.Ordinal))];

    public static TheoryData<string> NegativeSamples => [.. Samples().Where(f => f.StartsWith("ignore-", StringComparison.Ordinal))];

    public static TheoryData<string> RuleNames => [.. Rules.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(PositiveSamples))]
    public void Each_positive_sample_invokes_the_function_through_exactly_one_rule(string file)
    {
        var matching = Rules.Where(r => r.Accepts(Read(file))).Select(r => r.Name).ToList();

        // None: the trigger is lost. Two: the function runs twice for one change.
        Assert.True(matching.Count == 1, $"events/{file} matches {matching.Count} rules: [{string.Join(", ", matching)}].");
    }

    [Theory]
    [MemberData(nameof(NegativeSamples))]
    public void Each_negative_sample_that_a_pattern_can_tell_apart_invokes_nothing(string file)
    {
        var matching = Rules.Where(r => r.Accepts(Read(file))).Select(r => r.Name).ToList();

        if (NegativesThePatternsCannotTellApart.ContainsKey(file))
        {
            // Listed as let through: keep the list honest, so that a sharper pattern shortens it.
            Assert.True(matching.Count > 0, $"events/{file} is listed as let through, but no rule matches it: remove it from the list.");
        }
        else
        {
            Assert.True(matching.Count == 0, $"events/{file} should invoke nothing, but matches [{string.Join(", ", matching)}].");
        }
    }

    [Fact]
    public void Every_negative_listed_as_let_through_is_a_sample()
    {
        Assert.All(NegativesThePatternsCannotTellApart.Keys, file => Assert.Contains(file, Samples()));
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Every_rule_is_exercised_by_a_positive_sample(string rule)
    {
        var theRule = Rules.Single(r => r.Name == rule);

        Assert.Contains(
            Samples().Where(f => !f.StartsWith("ignore-", StringComparison.Ordinal) && !f.StartsWith("malformed-", StringComparison.Ordinal)),
            file => theRule.Accepts(Read(file)));
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Every_CloudTrail_rule_lets_through_only_calls_that_succeeded(string rule)
    {
        var theRule = Rules.Single(r => r.Name == rule);
        if (!theRule.IsCloudTrail)
        {
            return;
        }

        var errorCode = theRule.Pattern["detail"]?["errorCode"]?.ToJsonString();
        Assert.Equal("""[{"exists":false}]""", errorCode);
        Assert.Equal("""["aws.ec2"]""", theRule.Pattern["source"]?.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Every_rule_sends_what_it_cannot_deliver_to_the_dead_letter_queue(string rule)
    {
        var theRule = Rules.Single(r => r.Name == rule);

        Assert.NotEmpty(theRule.DeadLetterArns);
        Assert.All(theRule.DeadLetterArns, arn => Assert.Equal(("DeadLetterQueue", "Arn"), Intrinsics.GetAtt(arn)));
    }

    [Fact]
    public void Route_events_invoke_the_function_only_for_an_IPv6_destination_and_an_internet_gateway()
    {
        var route = Rules.Single(r => r.Accepts(Read("create-route-ipv6-default-to-igw.json")));
        var parameters = route.Pattern["detail"]?["requestParameters"];

        Assert.Equal("""[{"prefix":"igw-"}]""", parameters?["gatewayId"]?.ToJsonString());
        Assert.Equal("""[{"exists":true}]""", parameters?["destinationIpv6CidrBlock"]?.ToJsonString());
    }

    [Fact]
    public void The_scheduled_sweep_can_be_switched_off()
    {
        var template = TemplateDocument.Current;
        var sweep = Rules.Single(r => r.Schedule is not null);
        var resource = template.Resource(sweep.Name);
        var condition = (string?)resource["Condition"];

        Assert.NotNull(condition);
        Assert.Contains("SweepRate", Intrinsics.ReferencedNames(template.Conditions[condition]));
        Assert.Contains("SweepRate", Intrinsics.ReferencedNames(TemplateDocument.Properties(resource)["ScheduleExpression"]));

        // Its invoke permission goes and comes with it.
        var permission = template.ResourcesOfType("AWS::Lambda::Permission")
            .Single(p => Intrinsics.GetAtt(TemplateDocument.Properties(p.Resource)["SourceArn"]) == (sweep.Name, "Arn"));
        Assert.Equal(condition, (string?)permission.Resource["Condition"]);
    }

    private static IReadOnlyList<string> Samples() => [.. SampleEvents.Names()];

    private static JsonNode? Read(string file) => JsonNode.Parse(SampleEvents.Read(file));
}
