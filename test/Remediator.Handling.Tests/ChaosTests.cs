using Remediator.StandIns.Chaos;

namespace Remediator.Handling.Tests;

/// <summary>
/// The chaos campaign of RELIABILITY.md §3 in miniature: a fixed seed, a few events, faults in every stand-in, Lambda's
/// retries; every invariant holds after every attempt. The benchmarks' <c>chaos</c> verb runs thousands.
/// </summary>
public sealed class ChaosTests
{
    [Fact]
    public async Task Under_seeded_random_faults_every_invariant_holds_after_every_attempt()
    {
        var tally = await ChaosCampaign.RunAsync(seed: 11, events: 32, lanes: 8, new ChaosRates());

        Assert.Empty(tally.Violations);
        Assert.Equal(32, tally.Events);
        Assert.True(tally.Faults.Total > 0, "the schedule injected no fault");
    }
}
