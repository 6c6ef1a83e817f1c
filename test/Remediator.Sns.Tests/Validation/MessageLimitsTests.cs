using Remediator.Sns.Validation;

namespace Remediator.Sns.Tests.Validation;

public sealed class MessageLimitsTests
{
    private const string Topic = "arn:aws:sns:us-east-1:123456789012:t";

    [Fact]
    public void A_subject_of_100_printable_characters_is_accepted() =>
        MessageLimits.Check(Some.Message(Topic, subject: new string('~', 100)));

    [Fact]
    public void A_subject_of_101_characters_is_refused_with_its_length()
    {
        var error = Assert.Throws<ArgumentException>(() => MessageLimits.Check(Some.Message(Topic, subject: new string('s', 101))));

        Assert.Contains("101 characters", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("line one\nline two")]
    [InlineData("carriage\rreturn")]
    [InlineData("tab\there")]
    [InlineData("café")]
    [InlineData("")]
    public void A_subject_outside_printable_ASCII_or_empty_is_refused(string subject) =>
        Assert.Throws<ArgumentException>(() => MessageLimits.Check(Some.Message(Topic, subject: subject)));

    [Fact]
    public void No_subject_is_fine() => MessageLimits.Check(Some.Message(Topic, subject: null));

    [Fact]
    public void A_message_of_262144_bytes_with_its_attributes_is_accepted()
    {
        var attributes = new KeyValuePair<string, string>[] { new("vpc", "vpc-1") };
        var message = new SnsMessage(Topic, new string('x', 262_144 - 3 - 6 - 5), null, false, attributes);

        Assert.Equal(262_144, MessageLimits.Size(message));
        MessageLimits.Check(message);
    }

    [Fact]
    public void One_byte_more_is_refused_and_nothing_is_cut()
    {
        var message = new SnsMessage(Topic, new string('x', 262_141) + "éé", null, false, []);

        var error = Assert.Throws<ArgumentException>(() => MessageLimits.Check(message));

        Assert.Contains("262,145 bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("at most 262,144", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attributes_count_against_the_size()
    {
        var message = new SnsMessage(Topic, new string('x', 262_144), null, false, [new("a", "b")]);

        Assert.Throws<ArgumentException>(() => MessageLimits.Check(message));
    }

    [Fact]
    public void An_empty_message_is_refused() =>
        Assert.Throws<ArgumentException>(() => MessageLimits.Check(Some.Message(Topic, message: "")));

    [Theory]
    [InlineData("""["default"]""")]
    [InlineData("""{"email":"only email"}""")]
    [InlineData("""{"default":{"nested":"object"}}""")]
    [InlineData("""{"default":"x""")]
    public void A_json_structure_without_a_default_string_entry_is_refused(string body)
    {
        var error = Assert.Throws<ArgumentException>(() => MessageLimits.Check(new SnsMessage(Topic, body, null, true, [])));

        Assert.StartsWith("MessageStructure=json, but", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_structure_with_default_and_email_entries_is_accepted() =>
        MessageLimits.Check(new SnsMessage(Topic, """{"default":"{}","email":"text"}""", null, true, []));

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData(".leading")]
    [InlineData("trailing.")]
    [InlineData("two..periods")]
    [InlineData("AWS.reserved")]
    [InlineData("amazon.reserved")]
    public void An_attribute_name_SNS_refuses_is_refused_here(string name) =>
        Assert.Throws<ArgumentException>(() => MessageLimits.Check(new SnsMessage(Topic, "m", null, false, [new(name, "v")])));

    [Fact]
    public void A_repeated_attribute_name_or_an_empty_value_is_refused()
    {
        Assert.Throws<ArgumentException>(() => MessageLimits.Check(new SnsMessage(Topic, "m", null, false, [new("a", "1"), new("a", "2")])));
        Assert.Throws<ArgumentException>(() => MessageLimits.Check(new SnsMessage(Topic, "m", null, false, [new("a", "")])));
    }

    [Fact]
    public async Task A_message_over_the_limit_is_refused_before_anything_is_sent()
    {
        await using var sns = await SnsHarness.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(
            () => sns.Client.PublishAsync(Some.Message(sns.Topic, subject: new string('s', 101)), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(
            () => sns.Client.PublishAsync(Some.Message("not-an-arn"), CancellationToken.None));

        Assert.Empty(sns.StandIn.Calls.All);
    }
}
