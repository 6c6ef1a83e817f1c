using Amazon.EC2.Model;
using Remediator.Benchmarks.Shared;
using Remediator.StandIns.Harnesses;

namespace Remediator.Benchmarks.Calls;

/// <summary>
/// EC2 calls per trigger, counted by the stand-in, with the real handler, reader and executor: the table of
/// BENCHMARKS.md §3, which must agree with the budgets that CallBudgetTests asserts.
/// </summary>
internal static class CallsCommand
{
    private static readonly string[] Reads = ["DescribeRouteTables", "DescribeSubnets", "DescribeVpcs", "DescribeEgressOnlyInternetGateways"];
    private static readonly string[] Changes = ["CreateEgressOnlyInternetGateway", "ReplaceRoute"];

    public static async Task<int> RunAsync()
    {
        var table = new MarkdownTable(
            ["trigger", "sample event", .. Reads, "reads", "rounds before deciding", .. Changes, "budget asserted by CallBudgetTests"]);
        foreach (var scenario in CallScenarios.All())
        {
            await using var rig = await Ec2Harness.StartAsync(scenario.World).ConfigureAwait(false);
            await WarmUpAsync(rig).ConfigureAwait(false);
            var before = rig.StandIn.Calls.Total;
            foreach (var action in Reads)
            {
                rig.StandIn.Faults.Delay(Rounds.Delay, action);
            }

            foreach (var json in scenario.Events)
            {
                await rig.HandleAsync(json).ConfigureAwait(false);
            }

            var calls = rig.StandIn.Calls.All.Where(c => c.Ordinal > before).ToList();
            int Count(string action) => calls.Count(c => c.Action == action);
            table.Add(
                [scenario.Trigger, scenario.Sample, .. Reads.Select(a => (object)Count(a)), Reads.Sum(Count),
                 Rounds.BeforeFirstChange(calls), .. Changes.Select(a => (object)Count(a)), scenario.Budget]);
        }

        table.Print(Console.Out);
        return 0;
    }

    /// <summary>One call of each Describe first, so that the SDK's one-time set-up cannot pass for a round.</summary>
    private static async Task WarmUpAsync(Ec2Harness rig)
    {
        await rig.Client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest()).ConfigureAwait(false);
        await rig.Client.DescribeSubnetsAsync(new DescribeSubnetsRequest()).ConfigureAwait(false);
        await rig.Client.DescribeVpcsAsync(new DescribeVpcsRequest()).ConfigureAwait(false);
        await rig.Client.DescribeEgressOnlyInternetGatewaysAsync(new DescribeEgressOnlyInternetGatewaysRequest()).ConfigureAwait(false);
    }
}
