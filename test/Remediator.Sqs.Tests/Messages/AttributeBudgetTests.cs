using Remediator.Sqs.Messages;

namespace Remediator.Sqs.Tests.Messages;

public sealed class AttributeBudgetTests
{
    private static readonly WantedAttribute[] Wanted =
    [
        new("kind", "undelivered-notification"),
        new("outcome", "remediated"),
        new("subject", "Remediated: IPv6 route to igw-0abc", Shortenable: true),
        new("error", "sns:Publish failed with Throttling: Rate exceeded", Shortenable: true),
    ];

    [Fact]
    public void With_room_to_spare_every_attribute_is_kept_as_it_is()
    {
        Assert.Equal(Wanted, AttributeBudget.Fit(1_000, Wanted));
    }

    [Fact]
    public void Without_room_for_a_whole_value_free_text_is_shortened_and_what_follows_dropped()
    {
        // kind costs 4 + 6 + 24 bytes, outcome 7 + 6 + 10, leaving 30 for the subject with its 13 of name and type.
        var kept = AttributeBudget.Fit(SqsLimits.MaxMessageBytes - 34 - 23 - 30, Wanted);

        Assert.Equal(["kind", "outcome", "subject"], kept.Select(a => a.Name));
        Assert.Equal("Remediated: IP…", kept[2].Value);
    }

    [Fact]
    public void A_value_that_is_not_free_text_is_dropped_rather_than_cut_and_smaller_ones_still_kept()
    {
        var kept = AttributeBudget.Fit(SqsLimits.MaxMessageBytes - 30, Wanted);

        Assert.Equal(["outcome"], kept.Select(a => a.Name));
    }

    [Fact]
    public void A_shortened_value_with_almost_nothing_left_is_dropped()
    {
        var kept = AttributeBudget.Fit(SqsLimits.MaxMessageBytes - 34 - 23 - 13 - (AttributeBudget.MinShortenedBytes - 1), Wanted[..3]);

        Assert.Equal(["kind", "outcome"], kept.Select(a => a.Name));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(200)]
    [InlineData(262_000)]
    [InlineData(262_100)]
    [InlineData(262_144)]
    public void The_attributes_kept_never_take_the_message_over_the_limit(int bodyBytes)
    {
        var kept = AttributeBudget.Fit(bodyBytes, Wanted);

        var total = bodyBytes + kept.Sum(a => System.Text.Encoding.UTF8.GetByteCount(a.Name + SqsLimits.StringType + a.Value));
        Assert.True(total <= SqsLimits.MaxMessageBytes, $"{total} bytes");
    }
}
