using Amazon.SQS;
using Amazon.SQS.Model;

namespace Remediator.Sqs.Tests.StandIn;

/// <summary>
/// The stand-in refuses what SQS refuses, through the raw SDK client: otherwise the adapter's tests that
/// trim attributes or replace characters would prove nothing.
/// </summary>
public sealed class SqsStandInTests
{
    [Fact]
    public async Task A_message_whose_body_and_attributes_exceed_256_KiB_is_refused()
    {
        await using var sqs = await SqsHarness.StartAsync();
        var request = Request(sqs, new string('x', 262_144 - "kindString".Length), ("kind", "x"));

        var error = await Assert.ThrowsAsync<AmazonSQSException>(() => sqs.Client.SendMessageAsync(request));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.Empty(sqs.StandIn.Received);
    }

    [Fact]
    public async Task A_message_of_exactly_256_KiB_with_its_attributes_is_accepted()
    {
        await using var sqs = await SqsHarness.StartAsync();

        await sqs.Client.SendMessageAsync(Request(sqs, new string('x', 262_144 - "kindString".Length - 1), ("kind", "x")));

        Assert.Single(sqs.StandIn.Received);
    }

    [Theory]
    [InlineData("body with a \u0001 control character", "ok")]
    [InlineData("body", "value with a \u0000 nul")]
    public async Task Characters_outside_what_SQS_accepts_are_refused(string body, string value)
    {
        await using var sqs = await SqsHarness.StartAsync();

        var error = await Assert.ThrowsAsync<InvalidMessageContentsException>(() => sqs.Client.SendMessageAsync(Request(sqs, body, ("kind", value))));

        Assert.Equal("InvalidMessageContents", error.ErrorCode);
    }

    [Theory]
    [InlineData("AWS.reserved", "x")]
    [InlineData("has space", "x")]
    [InlineData("empty", "")]
    public async Task Invalid_attribute_names_and_empty_values_are_refused(string name, string value)
    {
        await using var sqs = await SqsHarness.StartAsync();

        var error = await Assert.ThrowsAsync<AmazonSQSException>(() => sqs.Client.SendMessageAsync(Request(sqs, "body", (name, value))));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
    }

    [Fact]
    public async Task An_error_carries_the_query_compatible_code_and_the_modelled_exception_type()
    {
        await using var sqs = await SqsHarness.StartAsync();
        sqs.StandIn.FailNext(1, 400, "QueueDoesNotExist");

        var error = await Assert.ThrowsAsync<QueueDoesNotExistException>(() => sqs.Client.SendMessageAsync(Request(sqs, "body")));

        Assert.Equal("AWS.SimpleQueueService.NonExistentQueue", error.ErrorCode);
        Assert.Equal(Amazon.Runtime.ErrorType.Sender, error.ErrorType);
        Assert.Equal("QueueDoesNotExist", Assert.Single(sqs.StandIn.Calls.All).ErrorCode);
    }

    private static SendMessageRequest Request(SqsHarness sqs, string body, params (string Name, string Value)[] attributes) => new()
    {
        QueueUrl = sqs.StandIn.QueueUrl,
        MessageBody = body,
        MessageAttributes = attributes.ToDictionary(
            a => a.Name, a => new MessageAttributeValue { DataType = "String", StringValue = a.Value }),
    };
}
