using System.Text;
using Remediator.Sqs.Messages;

namespace Remediator.Sqs.Tests.Messages;

public sealed class AttributeTextTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("tab\tnew\nline\rok", "tab\tnew\nline\rok")]
    [InlineData("nul\0bell\a", "nul\uFFFDbell\uFFFD")]
    [InlineData("not a character \uFFFE", "not a character \uFFFD")]
    [InlineData("pair 𝄞 kept", "pair 𝄞 kept")]
    public void Characters_SQS_refuses_become_the_replacement_character(string text, string expected)
    {
        Assert.Equal(expected, AttributeText.Clean(text));
    }

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character()
    {
        // Built here: a lone surrogate does not survive an attribute's metadata as theory data.
        var text = "lone " + (char)0xD800 + " surrogate";

        Assert.Equal("lone \uFFFD surrogate", AttributeText.Clean(text));
    }

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("exactly ten", 11, "exactly ten")]
    [InlineData("a longer text", 8, "a lon…")]
    [InlineData("ünïcode", 4, "…")]
    [InlineData("ünïcode", 5, "ü…")]
    [InlineData("𝄞𝄞", 6, "…")]
    [InlineData("𝄞𝄞", 7, "𝄞…")]
    public void Shortening_counts_UTF8_bytes_and_never_splits_a_character(string text, int maxBytes, string expected)
    {
        var shortened = AttributeText.Shorten(text, maxBytes);

        Assert.Equal(expected, shortened);
        Assert.True(Encoding.UTF8.GetByteCount(shortened!) <= maxBytes);
    }

    [Fact]
    public void Nothing_is_left_when_not_even_the_ellipsis_fits()
    {
        Assert.Null(AttributeText.Shorten("some text", 2));
    }

    [Theory]
    [InlineData("abcdef", 6, "abcdef")]
    [InlineData("abcdef", 4, "abc…")]
    [InlineData("ab𝄞cd", 4, "ab…")]
    public void Truncating_counts_characters_and_never_splits_a_surrogate_pair(string text, int maxLength, string expected)
    {
        Assert.Equal(expected, AttributeText.Truncate(text, maxLength));
    }
}
