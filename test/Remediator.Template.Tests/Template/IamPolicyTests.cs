using System.Text.Json.Nodes;
using Remediator.Planning;
using Remediator.Template.Tests.Loading;

namespace Remediator.Template.Tests.Template;

/// <summary>
/// The function's role: describe calls on "*", every mutation narrowed by resource type and condition keys,
/// sns:Publish on the one topic. (SAM adds the basic logging policy and the sqs:SendMessage of the async
/// dead-letter queue by itself.)
/// </summary>
public sealed class IamPolicyTests
{
    private const string Partition = "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:";

    private static readonly string[] DescribeActions =
        ["ec2:DescribeRouteTables", "ec2:DescribeSubnets", "ec2:DescribeVpcs", "ec2:DescribeEgressOnlyInternetGateways"];

    private static readonly IReadOnlyList<Statement> Statements = Read(TemplateDocument.Current);

    [Fact]
    public void The_role_grants_exactly_the_actions_the_function_calls()
    {
        string[] expected =
        [
            .. DescribeActions, "ec2:ReplaceRoute", "ec2:CreateEgressOnlyInternetGateway", "ec2:CreateTags",
            "sns:Publish", "sqs:SendMessage", "kms:GenerateDataKey", "kms:Decrypt", "sts:AssumeRole",
        ];

        Assert.Equal(expected.Order(StringComparer.Ordinal), Statements.SelectMany(s => s.Actions).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_granted_actions_are_the_ones_the_code_names()
    {
        // The adapters name each AWS action they call ("ec2:ReplaceRoute", ...) for their error reports. CreateTags
        // is implied by CreateEgressOnlyInternetGateway's tags; KMS by publishing to an encrypted topic.
        var named = Directory.EnumerateFiles(Repository.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "\"((?:ec2|sns|sqs|sts|kms|logs):[A-Za-z]+)\""))
            .Select(m => m.Groups[1].Value)
            .Distinct();
        // sts:AssumeRole is named through StsService.Definition.Action("AssumeRole") (src/Remediator.Aws/Accounts).
        string[] implied = ["ec2:CreateTags", "kms:GenerateDataKey", "kms:Decrypt", "sts:AssumeRole"];

        Assert.Equal(
            named.Order(StringComparer.Ordinal),
            Statements.SelectMany(s => s.Actions).Except(implied).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_statement_allows_and_names_its_actions_without_wildcards()
    {
        Assert.All(Statements, s =>
        {
            Assert.Equal("Allow", s.Effect);
            Assert.All(s.Actions, a => Assert.DoesNotContain("*", a, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Only_describe_actions_apply_to_every_resource()
    {
        foreach (var statement in Statements.Where(s => s.Resources.Any(r => Json.Text(r) == "*")))
        {
            Assert.All(statement.Actions, a => Assert.Contains(a, DescribeActions));
        }

        Assert.All(DescribeActions, a => Assert.Equal(["*"], Statements.Where(s => s.Actions.Contains(a)).SelectMany(s => s.Resources).Select(Json.Text)));
    }

    [Fact]
    public void Every_mutation_is_scoped_to_named_resources_or_resource_types()
    {
        foreach (var statement in Statements.Where(s => !s.Actions.All(a => DescribeActions.Contains(a)) && !s.Actions.Contains("sts:AssumeRole")))
        {
            Assert.NotEmpty(statement.Resources);
            Assert.All(statement.Resources, resource =>
            {
                var arn = Sub(resource);
                if (arn is null)
                {
                    // !Ref / !GetAtt of one of the stack's own resources, or a key ARN parameter.
                    Assert.NotEmpty(Intrinsics.ReferencedNames(resource));
                    return;
                }

                // A resource type of one service in this account and region: "...:route-table/*", never "...:*".
                Assert.StartsWith(Partition, arn, StringComparison.Ordinal);
                Assert.Matches("^[a-z-]+/\\*$", arn[Partition.Length..]);
            });
        }
    }

    [Fact]
    public void Only_the_member_role_is_assumed_and_only_in_organization_mode()
    {
        var statement = Assert.Single(Statements, s => s.Actions.Contains("sts:AssumeRole"));

        Assert.Equal(["sts:AssumeRole"], statement.Actions);
        Assert.True(statement.IsConditional);
        Assert.Equal("arn:${AWS::Partition}:iam::*:role/${MemberRoleName}", Sub(Assert.Single(statement.Resources)));
    }

    [Fact]
    public void Routes_are_replaced_only_in_route_tables_and_only_towards_egress_only_gateways()
    {
        var statement = Assert.Single(Statements, s => s.Actions.Contains("ec2:ReplaceRoute"));

        Assert.Equal(["ec2:ReplaceRoute"], statement.Actions);
        Assert.Equal(
            [Partition + "egress-only-internet-gateway/*", Partition + "route-table/*"],
            statement.Resources.Select(Sub).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Egress_only_gateways_are_created_only_with_the_remediators_tag()
    {
        var statements = Statements.Where(s => s.Actions.Contains("ec2:CreateEgressOnlyInternetGateway")).ToList();
        var gateway = Assert.Single(statements, s => s.Resources.Select(Sub).Contains(Partition + "egress-only-internet-gateway/*"));
        var vpc = Assert.Single(statements, s => s.Resources.Select(Sub).Contains(Partition + "vpc/*"));

        Assert.Equal(2, statements.Count);
        Assert.Single(gateway.Resources);
        Assert.Single(vpc.Resources);
        var tag = gateway.Condition?["StringEquals"]?[$"aws:RequestTag/{NewEgressGateway.CreatedByTagKey}"];
        Assert.Equal(NewEgressGateway.CreatedByTagValue, Json.Text(tag));
    }

    [Fact]
    public void Tags_are_written_only_when_creating_an_egress_only_gateway()
    {
        var statement = Assert.Single(Statements, s => s.Actions.Contains("ec2:CreateTags"));

        Assert.Equal(["ec2:CreateTags"], statement.Actions);
        Assert.Equal([Partition + "egress-only-internet-gateway/*"], statement.Resources.Select(Sub));
        Assert.Equal("CreateEgressOnlyInternetGateway", Json.Text(statement.Condition?["StringEquals"]?["ec2:CreateAction"]));
    }

    [Theory]
    [InlineData("sns:Publish", "NotificationTopic")]
    [InlineData("sqs:SendMessage", "DeadLetterQueue")]
    public void Messages_go_to_the_stacks_own_topic_and_queue_only(string action, string resource)
    {
        var statement = Assert.Single(Statements, s => s.Actions.Contains(action));

        Assert.Equal([action], statement.Actions);
        var target = Assert.Single(statement.Resources);
        Assert.True(Intrinsics.IsRef(target, resource) || Intrinsics.GetAtt(target) == (resource, "Arn"), $"{action} should apply to {resource} only.");
    }

    [Fact]
    public void The_topic_key_is_usable_only_through_SNS()
    {
        var statement = Assert.Single(Statements, s => s.Actions.Contains("kms:GenerateDataKey"));

        Assert.True(statement.IsConditional, "The key statement only applies when the topic has a customer managed key.");
        var viaService = Intrinsics.ReferencedNames(statement.Condition?["StringEquals"]?["kms:ViaService"]).ToList();
        Assert.Contains("AWS::Region", viaService);
        Assert.Equal(["TopicKey", "TopicKmsKey"], statement.Resources.SelectMany(Intrinsics.ReferencedNames).Order(StringComparer.Ordinal));
    }

    private static string? Sub(JsonNode? node) => node is JsonObject { Count: 1 } o ? Json.Text(o["Fn::Sub"]) : null;

    private static List<Statement> Read(TemplateDocument template)
    {
        var function = TemplateDocument.Properties(template.Resource("RemediatorFunction"));
        var statements = new List<Statement>();
        foreach (var policy in Intrinsics.OneOrMany(function["Policies"]))
        {
            var document = Assert.IsType<JsonObject>(policy);
            foreach (var item in document["Statement"] as JsonArray ?? [])
            {
                var conditional = item is JsonObject o && o.ContainsKey("Fn::If");
                statements.AddRange(Intrinsics.Branches(item).Select(s => new Statement(
                    Json.Text(s["Effect"]),
                    [.. Intrinsics.OneOrMany(s["Action"]).Select(a => Json.Text(a) ?? throw new InvalidDataException($"Action {a.ToJsonString()}"))],
                    Intrinsics.OneOrMany(s["Resource"]),
                    s["Condition"] as JsonObject,
                    conditional)));
            }
        }

        return statements;
    }

    private sealed record Statement(string? Effect, IReadOnlyList<string> Actions, IReadOnlyList<JsonNode> Resources, JsonObject? Condition, bool IsConditional);
}
