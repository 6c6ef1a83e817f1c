using System.Text.Json.Nodes;
using Remediator.Template.Tests.Loading;

namespace Remediator.Template.Tests.Template;

/// <summary>Parameters, conditions and references: nothing declared and unused, nothing used and undeclared.</summary>
public sealed class WiringTests
{
    /// <summary>Resources that SAM generates from the function and that a template may therefore name.</summary>
    private static readonly string[] SamGenerated = ["RemediatorFunctionRole"];

    private static TemplateDocument Template => TemplateDocument.Current;

    public static TheoryData<string> ParameterNames => [.. Template.Parameters.Select(p => p.Key)];

    public static TheoryData<string> ConditionNames => [.. Template.Conditions.Select(c => c.Key)];

    [Theory]
    [MemberData(nameof(ParameterNames))]
    public void Every_parameter_is_used(string parameter)
    {
        var users = new[] { Template.Conditions, Template.Resources, Template.Outputs }.SelectMany(Intrinsics.ReferencedNames);

        Assert.Contains(parameter, users);
    }

    [Theory]
    [MemberData(nameof(ParameterNames))]
    public void Every_parameter_is_described_and_has_a_default(string parameter)
    {
        var definition = Template.Parameters[parameter]!;

        Assert.False(string.IsNullOrWhiteSpace(Json.Text(definition["Description"])), $"{parameter} has no Description.");
        Assert.NotNull(definition["Default"]);
    }

    [Theory]
    [MemberData(nameof(ParameterNames))]
    public void Every_default_satisfies_its_own_constraints(string parameter)
    {
        var definition = Template.Parameters[parameter]!;
        var value = definition["Default"]!.ToString();

        if (definition["AllowedValues"] is JsonArray allowed)
        {
            Assert.Contains(value, allowed.Select(v => v!.ToString()));
        }

        if (Json.Text(definition["AllowedPattern"]) is { } pattern)
        {
            Assert.Matches(pattern, value);
        }
    }

    [Theory]
    [InlineData("SweepRate", "off", true)]
    [InlineData("SweepRate", "1 hour", true)]
    [InlineData("SweepRate", "6 hours", true)]
    [InlineData("SweepRate", "30 minutes", true)]
    [InlineData("SweepRate", "1 hours", false)]
    [InlineData("SweepRate", "0 minutes", false)]
    [InlineData("SweepRate", "rate(1 hour)", false)]
    [InlineData("PublicTags", "", true)]
    [InlineData("PublicTags", "Tier=public", true)]
    [InlineData("PublicTags", "Tier=public,Zone=dmz", true)]
    [InlineData("PublicTags", "Tier", false)]
    [InlineData("PublicTags", "Tier=public,", false)]
    [InlineData("NameWords", "off", true)]
    [InlineData("NameWords", "internal,external", true)]
    [InlineData("NameWords", "private", false)]
    [InlineData("NotificationEmail", "", true)]
    [InlineData("NotificationEmail", "security@example.com", true)]
    [InlineData("NotificationEmail", "security", false)]
    [InlineData("TopicKmsKey", "", true)]
    [InlineData("TopicKmsKey", "alias/aws/sns", true)]
    [InlineData("TopicKmsKey", "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", true)]
    [InlineData("TopicKmsKey", "alias/my-key", false)]
    [InlineData("MemberRoleName", "", true)]
    [InlineData("MemberRoleName", "RemediatorMember", true)]
    [InlineData("MemberRoleName", "Remediator Member", false)]
    [InlineData("MemberRoleExternalId", "", true)]
    [InlineData("MemberRoleExternalId", "org-7f3a", true)]
    [InlineData("MemberRoleExternalId", "x", false)]
    public void Parameter_patterns_accept_what_the_function_reads_and_refuse_the_rest(string parameter, string value, bool accepted)
    {
        var pattern = Json.Text(Template.Parameters[parameter]?["AllowedPattern"]);

        Assert.NotNull(pattern);
        Assert.Equal(accepted, System.Text.RegularExpressions.Regex.IsMatch(value, pattern));
    }

    [Fact]
    public void Every_name_referred_to_is_declared()
    {
        var declared = Template.Parameters.Select(p => p.Key)
            .Concat(Template.Resources.Select(r => r.Key))
            .Concat(SamGenerated)
            .ToHashSet(StringComparer.Ordinal);
        var referred = new[] { Template.Conditions, Template.Resources, Template.Outputs }.SelectMany(Intrinsics.ReferencedNames).Distinct();

        Assert.All(referred, name => Assert.True(
            declared.Contains(name) || name.StartsWith("AWS::", StringComparison.Ordinal), $"'{name}' is referred to but not declared."));
    }

    [Theory]
    [MemberData(nameof(ConditionNames))]
    public void Every_condition_is_used(string condition)
    {
        var users = Template.Resources.Select(r => Json.Text(r.Value?["Condition"])).OfType<string>()
            .Concat(new JsonNode[] { Template.Conditions, Template.Resources, Template.Outputs }.SelectMany(Intrinsics.ReferencedConditions));

        Assert.Contains(condition, users);
    }

    [Fact]
    public void Every_condition_used_is_declared()
    {
        var used = Template.Resources.Select(r => Json.Text(r.Value?["Condition"])).OfType<string>()
            .Concat(new JsonNode[] { Template.Conditions, Template.Resources, Template.Outputs }.SelectMany(Intrinsics.ReferencedConditions));

        Assert.All(used, name => Assert.True(Template.Conditions.ContainsKey(name), $"Condition '{name}' is used but not declared."));
    }

    [Theory]
    [InlineData("RemediatorFunction")]
    [InlineData("NotificationTopic")]
    [InlineData("DeadLetterQueue")]
    public void The_function_topic_and_dead_letter_queue_are_outputs(string resource)
    {
        Assert.Contains(Template.Outputs, output => Intrinsics.ReferencedNames(output.Value?["Value"]).Contains(resource));
    }
}
