using System.Text;
using Remediator.Sns.Protocol;

namespace Remediator.Sns.Tests.Protocol;

public sealed class PublishFormTests
{
    [Fact]
    public void The_fields_follow_the_Query_protocol_names_in_a_fixed_order()
    {
        var message = new SnsMessage("arn:aws:sns:us-east-1:123456789012:t", "{\"default\":\"x\"}", "s", true, [new("outcome", "remediated"), new("vpc", "vpc-1")]);

        Assert.Equal(
            [
                "Action=Publish", "Version=2010-03-31", "TopicArn=arn:aws:sns:us-east-1:123456789012:t", "Message={\"default\":\"x\"}",
                "Subject=s", "MessageStructure=json",
                "MessageAttributes.entry.1.Name=outcome", "MessageAttributes.entry.1.Value.DataType=String",
                "MessageAttributes.entry.1.Value.StringValue=remediated",
                "MessageAttributes.entry.2.Name=vpc", "MessageAttributes.entry.2.Value.DataType=String",
                "MessageAttributes.entry.2.Value.StringValue=vpc-1",
            ],
            PublishForm.Fields(message).Select(f => $"{f.Key}={f.Value}"));
    }

    [Fact]
    public void Values_are_percent_encoded_as_RFC_3986_asks()
    {
        var body = Encoding.UTF8.GetString(PublishForm.Encode([new("Message", "a b+c&d=e/é~_.-\n")]));

        Assert.Equal("Message=a%20b%2Bc%26d%3De%2F%C3%A9~_.-%0A", body);
    }

    [Fact]
    public void The_content_is_declared_as_a_UTF8_form()
    {
        using var content = PublishForm.Content([]);

        Assert.Equal("application/x-www-form-urlencoded; charset=utf-8", content.Headers.ContentType!.ToString());
    }
}
