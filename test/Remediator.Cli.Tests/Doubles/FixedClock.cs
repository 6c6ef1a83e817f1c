namespace Remediator.Cli.Tests.Doubles;

/// <summary>A clock stopped at one moment, so that "replaced at" times are known.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset SampleReplacement = new(2025, 3, 14, 9, 27, 1, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;
}
