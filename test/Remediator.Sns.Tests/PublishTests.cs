using System.Text;
using Remediator.Failures;
using Remediator.Sns.Tests.Doubles;
using Remediator.StandIns.Sns;

namespace Remediator.Sns.Tests;

/// <summary>The real client against the stand-in, which verifies every signature.</summary>
public sealed class PublishTests
{
    [Fact]
    public async Task A_publish_reaches_the_stand_in_signed_with_every_form_field_and_attribute()
    {
        await using var sns = await SnsHarness.StartAsync();
        var message = Some.Notification(sns.Topic);

        var messageId = await sns.Client.PublishAsync(message, CancellationToken.None);

        var call = Assert.Single(sns.StandIn.Calls.All);
        Assert.True(call.SignatureValid);
        Assert.Equal(messageId, call.MessageId);
        var expected = new Dictionary<string, string>
        {
            ["Action"] = "Publish",
            ["Version"] = "2010-03-31",
            ["TopicArn"] = sns.Topic,
            ["Message"] = message.Message,
            ["Subject"] = message.Subject!,
            ["MessageStructure"] = "json",
        };
        for (var i = 0; i < message.Attributes.Count; i++)
        {
            expected[$"MessageAttributes.entry.{i + 1}.Name"] = message.Attributes[i].Key;
            expected[$"MessageAttributes.entry.{i + 1}.Value.DataType"] = "String";
            expected[$"MessageAttributes.entry.{i + 1}.Value.StringValue"] = message.Attributes[i].Value;
        }

        Assert.Equal(expected.OrderBy(f => f.Key, StringComparer.Ordinal), call.Form.OrderBy(f => f.Key, StringComparer.Ordinal));
        Assert.StartsWith("application/x-www-form-urlencoded", call.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Contains("/us-east-1/sns/aws4_request", call.Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_without_subject_structure_or_attributes_sends_only_the_required_fields()
    {
        await using var sns = await SnsHarness.StartAsync();

        await sns.Client.PublishAsync(Some.Message(sns.Topic, "plain text, with spaces+plus", subject: null), CancellationToken.None);

        var call = Assert.Single(sns.StandIn.Calls.Published);
        Assert.Equal(["Action", "Message", "TopicArn", "Version"], call.Form.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("plain text, with spaces+plus", call.Field("Message"));
    }

    [Fact]
    public async Task A_session_token_is_sent_as_a_signed_header_and_verified()
    {
        var keys = Some.SessionKeys();
        await using var sns = await SnsHarness.StartAsync(accepted: keys);

        await sns.Client.PublishAsync(Some.Message(sns.Topic), CancellationToken.None);

        var call = Assert.Single(sns.StandIn.Calls.Published);
        Assert.Equal(keys.Token, call.Header("X-Amz-Security-Token"));
        Assert.Contains("x-amz-security-token", call.Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_the_session_token_the_credentials_carry_is_refused()
    {
        var keys = Some.SessionKeys();
        await using var sns = await SnsHarness.StartAsync(accepted: keys, signWith: SnsHarness.Credentials(new(keys.AccessKey, keys.SecretKey, null)));

        var error = await Assert.ThrowsAsync<OperationFailedException>(() => sns.Client.PublishAsync(Some.Message(sns.Topic), CancellationToken.None));

        Assert.Equal(FailureKind.AccessDenied, error.Failure.Kind);
        Assert.Equal("InvalidClientTokenId", error.Failure.Code);
    }

    [Fact]
    public async Task A_body_altered_after_signing_is_rejected_as_SignatureDoesNotMatch()
    {
        await using var sns = await SnsHarness.StartAsync(transport: inner => new TamperingHandler(inner));

        var error = await Assert.ThrowsAsync<OperationFailedException>(() => sns.Client.PublishAsync(Some.Message(sns.Topic), CancellationToken.None));

        Assert.Equal("SignatureDoesNotMatch", error.Failure.Code);
        Assert.Equal(FailureKind.AccessDenied, error.Failure.Kind);
        var call = Assert.Single(sns.StandIn.Calls.All);
        Assert.False(call.SignatureValid);
        Assert.Equal(403, call.Status);
        Assert.Equal("HELLO", call.Field("Message"));
        Assert.NotNull(call.Header("X-Amz-Content-SHA256"));
    }

    [Fact]
    public async Task A_signature_made_with_the_wrong_secret_key_is_rejected_as_SignatureDoesNotMatch()
    {
        var keys = Some.Keys();
        await using var sns = await SnsHarness.StartAsync(accepted: keys, signWith: SnsHarness.Credentials(new(keys.AccessKey, "not-the-secret", null)));

        var error = await Assert.ThrowsAsync<OperationFailedException>(() => sns.Client.PublishAsync(Some.Message(sns.Topic), CancellationToken.None));

        Assert.Equal("SignatureDoesNotMatch", error.Failure.Code);
        Assert.Equal("sns:Publish", error.Failure.Action);
        Assert.Equal(sns.Topic, error.Failure.Resource);
        Assert.Single(sns.StandIn.Calls.All);
    }

    [Fact]
    public async Task The_signing_region_is_the_topic_region_even_with_an_endpoint_override()
    {
        await using var sns = await SnsHarness.StartAsync(region: "eu-west-1");

        await sns.Client.PublishAsync(Some.Message(sns.Topic), CancellationToken.None);

        Assert.Contains("/eu-west-1/sns/aws4_request", Assert.Single(sns.StandIn.Calls.Published).Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_topic_of_another_region_than_the_endpoint_expects_is_refused_by_the_credential_scope()
    {
        await using var sns = await SnsHarness.StartAsync(region: "eu-west-1");

        var error = await Assert.ThrowsAsync<OperationFailedException>(
            () => sns.Client.PublishAsync(Some.Message("arn:aws:sns:us-east-1:123456789012:remediator-alerts"), CancellationToken.None));

        Assert.Equal("SignatureDoesNotMatch", error.Failure.Code);
        Assert.Contains("valid region", error.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_of_exactly_the_size_limit_is_published_whole()
    {
        await using var sns = await SnsHarness.StartAsync();
        var attributes = new KeyValuePair<string, string>[] { new("outcome", "remediated") };
        var attributeBytes = "outcome".Length + "String".Length + "remediated".Length;
        var text = new string('x', 262_144 - attributeBytes - 4) + "éé";
        Assert.Equal(262_144, Encoding.UTF8.GetByteCount(text) + attributeBytes);

        await sns.Client.PublishAsync(new SnsMessage(sns.Topic, text, null, false, attributes), CancellationToken.None);

        Assert.Equal(text, Assert.Single(sns.StandIn.Calls.Published).Field("Message"));
    }
}
