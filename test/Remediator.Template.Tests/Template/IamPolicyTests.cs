using System.Text.Json.Nodes;
using Remediator.Planning;
using Remediator.Template.Tests.Loading;

namespace Remediator.Template.Tests.Template;

/// <summary>
/// The function's role, declared in the template so that SAM adds nothing to it: describe calls on "*", every
/// mutation narrowed by resource type and condition keys, sns:Publish on the one topic, the log streams of the
/// function's own log group. The member role of member-account.yaml: the same EC2 statements, for its own
/// account, assumable by the central function's role only.
/// </summary>
public sealed class IamPolicyTests
{
    /// <summary>An EC2 resource of the account and region the central stack is in.</summary>
    private const string ThisRegion = "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:";

    /// <summary>An EC2 resource of the account, in any region: the member role's, and the function's in organization mode.</summary>
    private const string AnyRegion = "arn:${AWS::Partition}:ec2:*:${AWS::AccountId}:";

    /// <summary>The reads: EC2's Describe actions have no resource-level permissions, and the prefix lists whose entries are read may be any owner's.</summary>
    private static readonly string[] ReadActions =
        [
            "ec2:DescribeRouteTables", "ec2:DescribeSubnets", "ec2:DescribeVpcs", "ec2:DescribeEgressOnlyInternetGateways",
            "ec2:DescribeVpcBlockPublicAccessOptions", "ec2:DescribeVpcBlockPublicAccessExclusions",
            "ec2:DescribeManagedPrefixLists", "ec2:GetManagedPrefixListEntries",
        ];

    private static readonly IReadOnlyList<Statement> Statements = Read(FunctionPolicy());

    private static readonly IReadOnlyList<Statement> MemberStatements = Read(MemberPolicy());

    public static TheoryData<string> Templates => [TemplateDocument.CentralFileName, TemplateDocument.MemberFileName];

    [Fact]
    public void The_role_grants_exactly_the_actions_the_function_calls()
    {
        string[] expected =
        [
            .. ReadActions, "ec2:ReplaceRoute", "ec2:CreateEgressOnlyInternetGateway", "ec2:CreateTags",
            "sns:Publish", "sqs:SendMessage", "kms:GenerateDataKey", "kms:Decrypt", "sts:AssumeRole",
            "logs:CreateLogStream", "logs:PutLogEvents",
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
        // The logs actions are Lambda's: it writes what the function prints to standard output.
        string[] implied = ["ec2:CreateTags", "kms:GenerateDataKey", "kms:Decrypt", "sts:AssumeRole", "logs:CreateLogStream", "logs:PutLogEvents"];

        Assert.Equal(
            named.Order(StringComparer.Ordinal),
            Statements.SelectMany(s => s.Actions).Except(implied).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_statement_allows_and_names_its_actions_without_wildcards(string template)
    {
        Assert.All(StatementsOf(template), s =>
        {
            Assert.Equal("Allow", s.Effect);
            Assert.All(s.Actions, a => Assert.DoesNotContain("*", a, StringComparison.Ordinal));
        });
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Only_read_actions_apply_to_every_resource(string template)
    {
        var statements = StatementsOf(template);
        foreach (var statement in statements.Where(s => s.Resources.Any(r => Json.Text(r) == "*")))
        {
            Assert.All(statement.Actions, a => Assert.Contains(a, ReadActions));
        }

        Assert.All(ReadActions, a => Assert.Equal(["*"], statements.Where(s => s.Actions.Contains(a)).SelectMany(s => s.Resources).Select(Json.Text)));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_mutation_is_scoped_to_named_resources_or_resource_types(string template)
    {
        foreach (var statement in StatementsOf(template).Where(s => !s.Actions.All(a => ReadActions.Contains(a)) && !s.Actions.Contains("sts:AssumeRole")))
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

                // A resource type of EC2 in this account: "...:route-table/*", never "...:*".
                var prefix = arn.StartsWith(AnyRegion, StringComparison.Ordinal) ? AnyRegion : ThisRegion;
                Assert.StartsWith(prefix, arn, StringComparison.Ordinal);
                Assert.Matches("^[a-z-]+/\\*$", arn[prefix.Length..]);
            });
        }
    }

    [Fact]
    public void The_function_runs_with_the_declared_role_so_SAM_attaches_no_policy_of_its_own()
    {
        var function = TemplateDocument.Properties(TemplateDocument.Central.Resource("RemediatorFunction"));

        Assert.Equal(("RemediatorFunctionRole", "Arn"), Intrinsics.GetAtt(function["Role"]));
        // A function with Policies (or without Role) gets a generated role carrying AWSLambdaBasicExecutionRole.
        Assert.Null(function["Policies"]);
        Assert.Null(RoleProperties()["ManagedPolicyArns"]);
    }

    [Fact]
    public void Only_Lambda_may_assume_the_function_s_role()
    {
        var trust = Assert.Single(RoleProperties()["AssumeRolePolicyDocument"]?["Statement"] as JsonArray ?? []);

        Assert.Equal("Allow", Json.Text(trust?["Effect"]));
        Assert.Equal("sts:AssumeRole", Json.Text(trust?["Action"]));
        var principal = Assert.IsType<JsonObject>(trust?["Principal"]);
        Assert.Equal(["Service"], principal.Select(p => p.Key));
        Assert.Equal("lambda.amazonaws.com", Json.Text(principal["Service"]));
    }

    [Fact]
    public void The_function_writes_log_streams_of_its_own_log_group_only()
    {
        var statement = Assert.Single(Statements, s => s.Actions.Any(a => a.StartsWith("logs:", StringComparison.Ordinal)));
        var function = TemplateDocument.Properties(TemplateDocument.Central.Resource("RemediatorFunction"));

        // The group exists (the stack creates it), so Lambda never needs logs:CreateLogGroup.
        Assert.Equal(["logs:CreateLogStream", "logs:PutLogEvents"], statement.Actions);
        Assert.Null(statement.Condition);
        Assert.False(statement.IsConditional);
        Assert.Equal(("FunctionLogGroup", "Arn"), Intrinsics.GetAtt(Assert.Single(statement.Resources)));
        Assert.True(Intrinsics.IsRef(function["LoggingConfig"]?["LogGroup"], "FunctionLogGroup"), "The function should log to the group its role may write to.");
    }

    [Fact]
    public void Only_the_member_role_is_assumed_and_only_in_organization_mode()
    {
        var statement = Assert.Single(Statements, s => s.Actions.Contains("sts:AssumeRole"));

        Assert.Equal(["sts:AssumeRole"], statement.Actions);
        Assert.True(statement.IsConditional);
        Assert.Equal("arn:${AWS::Partition}:iam::*:role/${MemberRoleName}", Sub(Assert.Single(statement.Resources)));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Routes_are_replaced_only_in_route_tables_and_only_towards_egress_only_gateways(string template)
    {
        var statement = Assert.Single(StatementsOf(template), s => s.Actions.Contains("ec2:ReplaceRoute"));

        Assert.Equal(["ec2:ReplaceRoute"], statement.Actions);
        Assert.Equal(
            Ec2Resources(template, "egress-only-internet-gateway", "route-table"),
            statement.Resources.Select(Sub).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Egress_only_gateways_are_created_only_with_the_remediators_tag(string template)
    {
        var statements = StatementsOf(template).Where(s => s.Actions.Contains("ec2:CreateEgressOnlyInternetGateway")).ToList();
        var gateway = Assert.Single(statements, s => s.Resources.Select(Sub).All(r => r?.EndsWith(":egress-only-internet-gateway/*", StringComparison.Ordinal) == true));
        var vpc = Assert.Single(statements, s => s.Resources.Select(Sub).All(r => r?.EndsWith(":vpc/*", StringComparison.Ordinal) == true));

        Assert.Equal(2, statements.Count);
        Assert.Equal(Ec2Resources(template, "egress-only-internet-gateway"), gateway.Resources.Select(Sub).Order(StringComparer.Ordinal));
        Assert.Equal(Ec2Resources(template, "vpc"), vpc.Resources.Select(Sub).Order(StringComparer.Ordinal));
        var tag = gateway.Condition?["StringEquals"]?[$"aws:RequestTag/{NewEgressGateway.CreatedByTagKey}"];
        Assert.Equal(NewEgressGateway.CreatedByTagValue, Json.Text(tag));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Tags_are_written_only_when_creating_an_egress_only_gateway(string template)
    {
        var statement = Assert.Single(StatementsOf(template), s => s.Actions.Contains("ec2:CreateTags"));

        Assert.Equal(["ec2:CreateTags"], statement.Actions);
        Assert.Equal(Ec2Resources(template, "egress-only-internet-gateway"), statement.Resources.Select(Sub).Order(StringComparer.Ordinal));
        Assert.Equal("CreateEgressOnlyInternetGateway", Json.Text(statement.Condition?["StringEquals"]?["ec2:CreateAction"]));
    }

    [Fact]
    public void The_function_acts_in_its_account_s_other_regions_only_in_organization_mode()
    {
        foreach (var resource in FunctionPolicy().SelectMany(AsWritten))
        {
            if (resource is JsonObject { Count: 1 } o && o["Fn::If"] is JsonArray and [var condition, var whenTrue, var whenFalse])
            {
                Assert.Equal("OrganizationMode", Json.Text(condition));
                Assert.StartsWith(AnyRegion, Sub(whenTrue), StringComparison.Ordinal);
                Assert.Equal(Sub(whenTrue)![AnyRegion.Length..], Sub(whenFalse)?.Replace(ThisRegion, "", StringComparison.Ordinal));
            }
            else
            {
                Assert.DoesNotContain(":*:", Sub(resource) ?? "", StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_member_role_may_do_in_its_account_exactly_what_the_function_may_do_in_its_own_in_organization_mode()
    {
        // The central function's EC2 statements, as they are in organization mode.
        var central = FunctionPolicy()
            .Where(s => s["Action"] is not null && Intrinsics.OneOrMany(s["Action"]).Select(Json.Text).All(a => a?.StartsWith("ec2:", StringComparison.Ordinal) == true))
            .Select(s => Canonical(WhenOrganizationMode(s)));

        Assert.Equal(central, MemberPolicy().Select(Canonical));
    }

    [Fact]
    public void The_member_role_can_be_assumed_by_the_central_function_s_role_only()
    {
        var role = TemplateDocument.Properties(TemplateDocument.Member.Resource("MemberRole"));
        var trust = Assert.Single(role["AssumeRolePolicyDocument"]?["Statement"] as JsonArray ?? []);

        Assert.Equal("Allow", Json.Text(trust?["Effect"]));
        Assert.Equal("sts:AssumeRole", Json.Text(trust?["Action"]));
        var principal = Assert.IsType<JsonObject>(trust?["Principal"]);
        Assert.Equal(["AWS"], principal.Select(p => p.Key));
        Assert.True(Intrinsics.IsRef(principal["AWS"], "CentralFunctionRoleArn"), "The member role should trust CentralFunctionRoleArn and nothing else.");

        // With an external id, the trust asks for it; without one, no condition.
        var condition = trust?["Condition"]?["Fn::If"] as JsonArray;
        Assert.Equal("HasExternalId", Json.Text(condition?[0]));
        Assert.True(Intrinsics.IsRef(condition?[1]?["StringEquals"]?["sts:ExternalId"], "MemberRoleExternalId"));
        Assert.True(Intrinsics.IsRef(condition?[2], "AWS::NoValue"));
    }

    [Fact]
    public void The_forwarding_role_serves_this_account_s_rules_and_may_only_put_events_on_the_central_bus()
    {
        var role = TemplateDocument.Properties(TemplateDocument.Member.Resource("EventForwardingRole"));
        var trust = Assert.Single(role["AssumeRolePolicyDocument"]?["Statement"] as JsonArray ?? []);
        var permission = Assert.Single(role["Policies"]?[0]?["PolicyDocument"]?["Statement"] as JsonArray ?? []);

        Assert.Equal("events.amazonaws.com", Json.Text(trust?["Principal"]?["Service"]));
        Assert.True(Intrinsics.IsRef(trust?["Condition"]?["StringEquals"]?["aws:SourceAccount"], "AWS::AccountId"));
        Assert.Equal("events:PutEvents", Json.Text(permission?["Action"]));
        Assert.True(Intrinsics.IsRef(permission?["Resource"], "CentralEventBusArn"));
    }

    [Fact]
    public void The_organization_bus_admits_events_from_principals_of_the_organization_only()
    {
        var policy = TemplateDocument.Properties(TemplateDocument.Central.Resource("OrganizationEventBusPolicy"));
        var statement = Assert.IsType<JsonObject>(policy["Statement"]);

        Assert.Equal("Allow", Json.Text(statement["Effect"]));
        Assert.Equal("events:PutEvents", Json.Text(statement["Action"]));
        Assert.Equal(("OrganizationEventBus", "Arn"), Intrinsics.GetAtt(statement["Resource"]));
        Assert.True(Intrinsics.IsRef(statement["Condition"]?["StringEquals"]?["aws:PrincipalOrgID"], "OrganizationId"));
        Assert.True(Intrinsics.IsRef(policy["EventBusName"], "OrganizationEventBus"));
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

    private static IReadOnlyList<Statement> StatementsOf(string template) =>
        template == TemplateDocument.MemberFileName ? MemberStatements : Statements;

    /// <summary>The EC2 ARNs a statement of <paramref name="template"/> should name for these resource types, in order.</summary>
    private static List<string> Ec2Resources(string template, params string[] types) =>
        [.. (template == TemplateDocument.MemberFileName ? [AnyRegion] : new[] { AnyRegion, ThisRegion })
            .SelectMany(prefix => types.Select(t => prefix + t + "/*"))
            .Order(StringComparer.Ordinal)];

    private static JsonObject RoleProperties() => TemplateDocument.Properties(TemplateDocument.Central.Resource("RemediatorFunctionRole"));

    /// <summary>The function's policy statements as written (a conditional one as its Fn::If).</summary>
    private static List<JsonNode> FunctionPolicy() => InlineStatements(RoleProperties());

    private static List<JsonNode> MemberPolicy() => InlineStatements(TemplateDocument.Properties(TemplateDocument.Member.Resource("MemberRole")));

    private static List<JsonNode> InlineStatements(JsonObject role) =>
        [.. (role["Policies"] as JsonArray ?? [])
            .SelectMany(p => p?["PolicyDocument"]?["Statement"] as JsonArray ?? []).OfType<JsonNode>()];

    /// <summary>A statement with each resource of the form <c>!If [OrganizationMode, a, b]</c> taken as <c>a</c>.</summary>
    private static JsonObject WhenOrganizationMode(JsonNode statement)
    {
        var copy = statement.DeepClone().AsObject();
        copy["Resource"] = copy["Resource"] switch
        {
            JsonArray resources => new JsonArray([.. resources.Select(r => OrganizationBranch(r)?.DeepClone())]),
            var resource => OrganizationBranch(resource)?.DeepClone(),
        };
        return copy;
    }

    private static JsonNode? OrganizationBranch(JsonNode? resource) =>
        resource is JsonObject { Count: 1 } o && o["Fn::If"] is JsonArray and [var condition, var whenTrue, _] && Json.Text(condition) == "OrganizationMode"
            ? whenTrue
            : resource;

    /// <summary>A statement's resources as written, each Fn::If kept whole.</summary>
    private static IEnumerable<JsonNode?> AsWritten(JsonNode statement) =>
        statement["Resource"] switch
        {
            null => [],
            JsonArray resources => resources,
            var one => new[] { one },
        };

    private static string Canonical(JsonNode? node) => node?.ToJsonString() ?? "null";

    private static List<Statement> Read(IEnumerable<JsonNode> policy)
    {
        var statements = new List<Statement>();
        foreach (var item in policy)
        {
            var conditional = item is JsonObject o && o.ContainsKey("Fn::If");
            statements.AddRange(Intrinsics.Branches(item).Select(s => new Statement(
                Json.Text(s["Effect"]),
                [.. Intrinsics.OneOrMany(s["Action"]).Select(a => Json.Text(a) ?? throw new InvalidDataException($"Action {a.ToJsonString()}"))],
                Intrinsics.OneOrMany(s["Resource"]),
                s["Condition"] as JsonObject,
                conditional)));
        }

        return statements;
    }

    private sealed record Statement(string? Effect, IReadOnlyList<string> Actions, IReadOnlyList<JsonNode> Resources, JsonObject? Condition, bool IsConditional);
}
