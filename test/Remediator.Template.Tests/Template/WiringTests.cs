using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Remediator.Template.Tests.Loading;

namespace Remediator.Template.Tests.Template;

/// <summary>
/// Parameters, conditions and references of both templates: nothing declared and unused, nothing used and
/// undeclared, and nothing that ties a template to one partition or region.
/// </summary>
public sealed partial class WiringTests
{
    /// <summary>
    /// The member stack's parameters that only say what it is deployed beside; they have no default, because no
    /// default could be right (the central stack's outputs).
    /// </summary>
    private static readonly string[] CentralOutputs = ["CentralEventBusArn", "CentralFunctionRoleArn"];

    private static TemplateDocument Template => TemplateDocument.Central;

    public static TheoryData<string, string> ParameterNames => Each(t => t.Parameters);

    public static TheoryData<string, string> ConditionNames => Each(t => t.Conditions);

    public static TheoryData<string> Templates => [TemplateDocument.CentralFileName, TemplateDocument.MemberFileName];

    [Theory]
    [MemberData(nameof(ParameterNames))]
    public void Every_parameter_is_used(string template, string parameter)
    {
        var document = TemplateDocument.Named(template);
        var users = new[] { document.Conditions, document.Resources, document.Outputs }.SelectMany(Intrinsics.ReferencedNames);

        Assert.Contains(parameter, users);
    }

    [Theory]
    [MemberData(nameof(ParameterNames))]
    public void Every_parameter_is_described_and_has_a_default_unless_it_names_the_central_stack(string template, string parameter)
    {
        var definition = TemplateDocument.Named(template).Parameters[parameter]!;

        Assert.False(string.IsNullOrWhiteSpace(Json.Text(definition["Description"])), $"{parameter} has no Description.");
        Assert.Equal(template == TemplateDocument.MemberFileName && CentralOutputs.Contains(parameter), definition["Default"] is null);
    }

    [Theory]
    [MemberData(nameof(ParameterNames))]
    public void Every_default_satisfies_its_own_constraints(string template, string parameter)
    {
        var definition = TemplateDocument.Named(template).Parameters[parameter]!;
        if (definition["Default"] is null)
        {
            return;
        }

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
    [InlineData("OrganizationId", "", true)]
    [InlineData("OrganizationId", "o-a1b2c3d4e5", true)]
    [InlineData("OrganizationId", "r-a1b2", false)]
    public void Parameter_patterns_accept_what_the_function_reads_and_refuse_the_rest(string parameter, string value, bool accepted)
    {
        var pattern = Json.Text(Template.Parameters[parameter]?["AllowedPattern"]);

        Assert.NotNull(pattern);
        Assert.Equal(accepted, Regex.IsMatch(value, pattern));
    }

    [Theory]
    [InlineData("CentralEventBusArn", "arn:aws:events:eu-west-1:111122223333:event-bus/remediator-organization", true)]
    [InlineData("CentralEventBusArn", "arn:aws-us-gov:events:us-gov-west-1:111122223333:event-bus/remediator-organization", true)]
    [InlineData("CentralEventBusArn", "arn:aws:events:eu-west-1:111122223333:rule/remediator", false)]
    [InlineData("CentralFunctionRoleArn", "arn:aws:iam::111122223333:role/remediator-RemediatorFunctionRole-AbC123", true)]
    [InlineData("CentralFunctionRoleArn", "arn:aws:iam::111122223333:user/alice", false)]
    [InlineData("MemberRoleName", "RemediatorMember", true)]
    [InlineData("MemberRoleName", "", false)]
    [InlineData("IamRegion", "eu-central-1", true)]
    [InlineData("IamRegion", "Frankfurt", false)]
    public void Member_parameter_patterns_accept_the_central_stack_s_outputs_and_refuse_the_rest(string parameter, string value, bool accepted)
    {
        var pattern = Json.Text(TemplateDocument.Member.Parameters[parameter]?["AllowedPattern"]);

        Assert.NotNull(pattern);
        Assert.Equal(accepted, Regex.IsMatch(value, pattern));
    }

    [Theory]
    [InlineData("MemberRoleName")]
    [InlineData("MemberRoleExternalId")]
    [InlineData("SweepRate")]
    public void A_setting_both_stacks_take_is_constrained_alike_in_both(string parameter)
    {
        // The member stack's role name is never empty; otherwise what one stack accepts the other does too.
        var central = Json.Text(TemplateDocument.Central.Parameters[parameter]?["AllowedPattern"]);
        var member = Json.Text(TemplateDocument.Member.Parameters[parameter]?["AllowedPattern"]);

        Assert.Equal(central, parameter == "MemberRoleName" ? $"^({member![1..^1]})?$" : member);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_name_referred_to_is_declared(string template)
    {
        var document = TemplateDocument.Named(template);
        var declared = document.Parameters.Select(p => p.Key)
            .Concat(document.Resources.Select(r => r.Key))
            .ToHashSet(StringComparer.Ordinal);
        var referred = new[] { document.Conditions, document.Resources, document.Outputs }.SelectMany(Intrinsics.ReferencedNames).Distinct();

        Assert.All(referred, name => Assert.True(
            declared.Contains(name) || name.StartsWith("AWS::", StringComparison.Ordinal), $"'{name}' is referred to but not declared in {template}."));
    }

    [Theory]
    [MemberData(nameof(ConditionNames))]
    public void Every_condition_is_used(string template, string condition)
    {
        Assert.Contains(condition, ConditionsUsed(TemplateDocument.Named(template)));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_condition_used_is_declared(string template)
    {
        var document = TemplateDocument.Named(template);

        Assert.All(ConditionsUsed(document), name => Assert.True(document.Conditions.ContainsKey(name), $"Condition '{name}' is used but not declared in {template}."));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void No_partition_region_or_account_is_written_into_a_resource(string template)
    {
        // cfn-lint's rule: a template that names arn:aws: or us-east-1 breaks in GovCloud, China or another region.
        var document = TemplateDocument.Named(template);
        var written = new[] { document.Conditions, document.Resources, document.Outputs }.SelectMany(Strings).ToList();

        Assert.NotEmpty(written);
        Assert.All(written, text => Assert.DoesNotMatch(HardCodedPlace(), text));
    }

    private static IEnumerable<string> ConditionsUsed(TemplateDocument document) =>
        document.Resources.Concat(document.Outputs).Select(r => Json.Text(r.Value?["Condition"])).OfType<string>()
            .Concat(new JsonNode[] { document.Conditions, document.Resources, document.Outputs }.SelectMany(Intrinsics.ReferencedConditions));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        _ when Json.Text(node) is { } text => [text],
        _ => [],
    };

    private static TheoryData<string, string> Each(Func<TemplateDocument, JsonObject> section)
    {
        var data = new TheoryData<string, string>();
        foreach (var template in new[] { TemplateDocument.CentralFileName, TemplateDocument.MemberFileName })
        {
            foreach (var (name, _) in section(TemplateDocument.Named(template)))
            {
                data.Add(template, name);
            }
        }

        return data;
    }

    [GeneratedRegex(@"arn:aws(-[a-z]+)*:|\b[a-z]{2}(-gov)?-(north|south|east|west|central|northeast|southeast|northwest|southwest)-[0-9]\b|\b[0-9]{12}\b")]
    private static partial Regex HardCodedPlace();

    [Theory]
    [InlineData("RemediatorFunction")]
    [InlineData("NotificationTopic")]
    [InlineData("DeadLetterQueue")]
    [InlineData("RemediatorFunctionRole")]
    [InlineData("OrganizationEventBus")]
    public void The_function_its_role_topic_queue_and_bus_are_outputs(string resource)
    {
        Assert.Contains(Template.Outputs, output => Intrinsics.ReferencedNames(output.Value?["Value"]).Contains(resource));
    }
}
