using Remediator.Handling;
using Remediator.StandIns.Ec2;

namespace Remediator.StandIns.Harnesses;

/// <summary>
/// Counts an event's EC2 reads round by round through the stand-in's gate, never by the clock: every read waits
/// at the gate until the reads of its round have all arrived, and then the round is answered. A read that needed
/// an earlier answer can only arrive in a later round.
/// </summary>
public static class ReadRounds
{
    /// <summary>Only how long a test that fails waits before saying so: no assertion is about time.</summary>
    private static readonly TimeSpan GateTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The reads every event that looks at the network makes in its last round.</summary>
    public static IReadOnlyList<string> NetworkReads { get; } =
    [
        "DescribeRouteTables", "DescribeSubnets", "DescribeVpcs", "DescribeEgressOnlyInternetGateways",
        "DescribeVpcBlockPublicAccessOptions", "DescribeVpcBlockPublicAccessExclusions",
    ];

    public static IReadOnlyList<string> PrefixListReads { get; } = ["DescribeManagedPrefixLists", "GetManagedPrefixListEntries"];

    /// <summary>
    /// The calls Remediator reads the network with: four of the network, two of Block Public Access, and two of the
    /// managed prefix lists that a table routes to an internet gateway (only then).
    /// </summary>
    public static IReadOnlyList<string> Reads { get; } = [.. NetworkReads, .. PrefixListReads];

    /// <summary>Handles the event, answering round N once <c>readsPerRound[N - 1]</c> reads wait at the gate.</summary>
    public static Task<HandlingResult> HandleAsync(Ec2Harness ec2, string eventJson, IReadOnlyList<int> readsPerRound)
    {
        ArgumentNullException.ThrowIfNull(ec2);
        return HandleAsync(ec2.StandIn, () => ec2.HandleAsync(eventJson), readsPerRound);
    }

    /// <param name="whileFirstRoundWaits">Runs once the first round has arrived, before it is answered.</param>
    public static async Task<HandlingResult> HandleAsync(
        Ec2StandIn standIn, Func<Task<HandlingResult>> handle, IReadOnlyList<int> readsPerRound, Action? whileFirstRoundWaits = null)
    {
        ArgumentNullException.ThrowIfNull(standIn);
        ArgumentNullException.ThrowIfNull(handle);
        ArgumentNullException.ThrowIfNull(readsPerRound);
        var gate = standIn.Gate;
        gate.Hold([.. Reads]);
        var handling = handle();
        foreach (var reads in readsPerRound)
        {
            await gate.WaitForHeldAsync(reads).WaitAsync(GateTimeout).ConfigureAwait(false);
            whileFirstRoundWaits?.Invoke();
            whileFirstRoundWaits = null;
            gate.Release();
        }

        gate.Open();
        return await handling.ConfigureAwait(false);
    }

    /// <summary>The reads among <paramref name="calls"/>, grouped by the round they arrived in, in round order.</summary>
    public static IReadOnlyList<IReadOnlyList<Ec2Call>> Of(IEnumerable<Ec2Call> calls) =>
        [.. calls.Where(c => Reads.Contains(c.Action)).GroupBy(c => c.Round).OrderBy(g => g.Key).Select(g => (IReadOnlyList<Ec2Call>)[.. g])];
}
