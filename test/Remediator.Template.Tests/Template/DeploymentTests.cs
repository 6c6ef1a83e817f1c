using System.Text.Json.Nodes;
using Remediator.Template.Tests.Loading;

namespace Remediator.Template.Tests.Template;

/// <summary>
/// What a platform engineer checks before <c>sam deploy</c>: what survives <c>sam delete</c>, and the optional trail
/// without which EventBridge sees no API call (EventBridge User Guide: events from AWS services via CloudTrail).
/// </summary>
public sealed class DeploymentTests
{
    private const string TrailName = "arn:${AWS::Partition}:cloudtrail:${AWS::Region}:${AWS::AccountId}:trail/${AWS::StackName}-management-events";

    private static TemplateDocument Template => TemplateDocument.Central;

    /// <summary>Every resource that holds data, with what happens to it when the stack is deleted or it is replaced (and why, in template.yaml).</summary>
    [Theory]
    [InlineData("FunctionLogGroup", "Retain")]
    [InlineData("DeadLetterQueue", "Retain")]
    [InlineData("TrailBucket", "Retain")]
    [InlineData("TopicKey", "Delete")]
    public void Each_stateful_resource_says_what_happens_to_it_on_delete_and_on_replacement(string resource, string policy)
    {
        var definition = Template.Resource(resource);

        Assert.Equal((policy, policy), ((string?)definition["DeletionPolicy"], (string?)definition["UpdateReplacePolicy"]));
    }

    [Fact]
    public void No_resource_of_a_stateful_type_lacks_its_policies()
    {
        string[] stateful = ["AWS::Logs::LogGroup", "AWS::SQS::Queue", "AWS::KMS::Key", "AWS::S3::Bucket"];

        Assert.All(
            Template.Resources.Where(r => stateful.Contains((string?)r.Value?["Type"])),
            r => Assert.True(r.Value?["DeletionPolicy"] is not null && r.Value["UpdateReplacePolicy"] is not null, $"{r.Key} has no DeletionPolicy or UpdateReplacePolicy."));
    }

    [Fact]
    public void The_trail_is_off_by_default_and_all_of_it_hangs_on_one_condition()
    {
        Assert.Equal("false", (string?)Template.Parameters["CreateTrail"]?["Default"]);
        foreach (var id in new[] { "TrailBucket", "TrailBucketPolicy", "ManagementEventsTrail" })
        {
            Assert.Equal("CreateManagementEventsTrail", (string?)Template.Resource(id)["Condition"]);
        }
    }

    [Fact]
    public void The_trail_logs_this_regions_write_management_events_with_validation()
    {
        var trail = TemplateDocument.Properties(Template.Resource("ManagementEventsTrail"));

        Assert.Equal(false, (bool?)trail["IsMultiRegionTrail"]);
        Assert.Equal(true, (bool?)trail["IsLogging"]);
        Assert.Equal(true, (bool?)trail["EnableLogFileValidation"]);
        var selector = Assert.IsType<JsonObject>(Assert.Single(Assert.IsType<JsonArray>(trail["EventSelectors"])));
        Assert.Equal(("WriteOnly", true), ((string?)selector["ReadWriteType"], (bool?)selector["IncludeManagementEvents"]));
        Assert.Equal("${AWS::StackName}-management-events", Sub(trail["TrailName"]));
        Assert.True(Intrinsics.IsRef(trail["S3BucketName"], "TrailBucket"));
    }

    [Fact]
    public void The_trail_bucket_is_encrypted_private_and_expires_log_files()
    {
        var bucket = TemplateDocument.Properties(Template.Resource("TrailBucket"));

        Assert.Equal("AES256", (string?)bucket["BucketEncryption"]?["ServerSideEncryptionConfiguration"]?[0]?["ServerSideEncryptionByDefault"]?["SSEAlgorithm"]);
        var block = Assert.IsType<JsonObject>(bucket["PublicAccessBlockConfiguration"]);
        Assert.All(new[] { "BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets" }, k => Assert.Equal(true, (bool?)block[k]));
        Assert.Equal("BucketOwnerEnforced", (string?)bucket["OwnershipControls"]?["Rules"]?[0]?["ObjectOwnership"]);
        Assert.True(Intrinsics.IsRef(bucket["LifecycleConfiguration"]?["Rules"]?[0]?["ExpirationInDays"], "TrailLogRetentionInDays"));
    }

    [Fact]
    public void Only_this_trail_may_write_to_the_bucket_and_only_over_TLS()
    {
        var statements = Assert.IsType<JsonArray>(TemplateDocument.Properties(Template.Resource("TrailBucketPolicy"))["PolicyDocument"]?["Statement"]);
        var allows = statements.OfType<JsonObject>().Where(s => (string?)s["Effect"] == "Allow").ToList();

        Assert.Equal(2, allows.Count);
        Assert.All(allows, s =>
        {
            Assert.Equal("cloudtrail.amazonaws.com", (string?)s["Principal"]?["Service"]);
            Assert.Equal(TrailName, Sub(s["Condition"]?["StringEquals"]?["aws:SourceArn"]));
        });
        var deny = Assert.Single(statements.OfType<JsonObject>(), s => (string?)s["Effect"] == "Deny");
        Assert.Equal(false, (bool?)deny["Condition"]?["Bool"]?["aws:SecureTransport"]);
    }

    private static string? Sub(JsonNode? node) => node is JsonObject { Count: 1 } o ? Json.Text(o["Fn::Sub"]) : null;
}
