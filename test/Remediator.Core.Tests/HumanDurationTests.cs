namespace Remediator.Tests;

public sealed class HumanDurationTests
{
    [Theory]
    [InlineData(4.25, "4.3 s")]
    [InlineData(0, "0.0 s")]
    [InlineData(59.94, "59.9 s")]
    [InlineData(59.96, "1 min")]
    [InlineData(192, "3 min 12 s")]
    [InlineData(3599.9, "59 min 59 s")]
    [InlineData(3600, "1 h")]
    [InlineData(18_150, "5 h 2 min")]
    [InlineData(86_400, "1 day")]
    [InlineData(190_800, "2 days 5 h")]
    [InlineData(54_206_704.8, "627 days")]
    [InlineData(-3, "-3.0 s")]
    public void A_duration_reads_in_the_units_a_person_would_say(double seconds, string expected)
    {
        Assert.Equal(expected, HumanDuration.Format(TimeSpan.FromSeconds(seconds)));
    }
}
