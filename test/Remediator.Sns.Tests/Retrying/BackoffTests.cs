using Remediator.Sns.Retrying;

namespace Remediator.Sns.Tests.Retrying;

public sealed class BackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(2);

    [Theory]
    [InlineData(1, 100)]
    [InlineData(2, 200)]
    [InlineData(3, 400)]
    [InlineData(4, 800)]
    [InlineData(5, 1600)]
    [InlineData(6, 2000)]
    [InlineData(60, 2000)]
    public void The_ceiling_doubles_with_each_retry_up_to_the_cap(int retry, int ceilingMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(ceilingMs), Backoff.Before(retry, Base, Cap, jitter: 1.0));

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.25, 100)]
    [InlineData(0.5, 200)]
    public void The_pause_is_the_jitter_fraction_of_the_ceiling(double jitter, int pauseMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(pauseMs), Backoff.Before(3, Base, Cap, jitter));

    [Fact]
    public void Retries_are_counted_from_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Backoff.Before(0, Base, Cap, 0.5));
}
