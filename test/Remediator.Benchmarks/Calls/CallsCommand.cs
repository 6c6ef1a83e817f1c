using Amazon.EC2;
using Amazon.EC2.Model;
using Remediator.Benchmarks.Shared;
using Remediator.StandIns.Calls;
using Remediator.StandIns.Ec2;
using Remediator.StandIns.Harnesses;
using Remediator.StandIns.Sts;

namespace Remediator.Benchmarks.Calls;

/// <summary>
/// EC2 calls per trigger, counted by the stand-in, with the real handler, reader and executor (and for a member
/// account's event, the real organization-mode access and STS credentials): the table of BENCHMARKS.md §3, which
/// must agree with the budgets that CallBudgetTests asserts.
/// </summary>
internal static class CallsCommand
{
    private static readonly IReadOnlyList<string> Reads = ReadRounds.Reads;
    private static readonly string[] Changes = ["CreateEgressOnlyInternetGateway", "ReplaceRoute"];

    public static async Task<int> RunAsync()
    {
        var table = new MarkdownTable(
            ["trigger", "sample event", "sts:AssumeRole", .. Reads, "reads", "rounds before deciding", .. Changes, "budget asserted by CallBudgetTests"]);
        foreach (var scenario in CallScenarios.All())
        {
            table.Add([.. await RowAsync(scenario).ConfigureAwait(false)]);
        }

        table.Print(Console.Out);
        return 0;
    }

    private static async Task<object[]> RowAsync(CallScenario scenario)
    {
        if (scenario.FromMember)
        {
            await using var organization = await MemberHarness.StartAsync(scenario.World, scenario.World).ConfigureAwait(false);
            using var client = Ec2Harness.CreateClient(organization.StandIn.Url);
            await WarmUpAsync(client).ConfigureAwait(false);
            return await CountAsync(scenario, organization.StandIn, organization.Sts.Calls, organization.HandleAsync).ConfigureAwait(false);
        }

        await using var rig = await Ec2Harness.StartAsync(scenario.World).ConfigureAwait(false);
        await WarmUpAsync(rig.Client).ConfigureAwait(false);
        return await CountAsync(scenario, rig.StandIn, null, rig.HandleAsync).ConfigureAwait(false);
    }

    private static async Task<object[]> CountAsync(CallScenario scenario, Ec2StandIn standIn, CallLog<StsCall>? sts, Func<string, Task> handle)
    {
        if (scenario.Warm)
        {
            await HandleAllAsync(scenario, handle).ConfigureAwait(false);
        }

        var (before, stsBefore) = (standIn.Calls.Total, sts?.Total ?? 0);
        foreach (var action in Reads)
        {
            standIn.Faults.Delay(Rounds.Delay, action);
        }

        await HandleAllAsync(scenario, handle).ConfigureAwait(false);
        var calls = standIn.Calls.All.Where(c => c.Ordinal > before).ToList();
        int Count(string action) => calls.Count(c => c.Action == action);
        return
        [
            scenario.Trigger, scenario.Sample, (sts?.Total ?? 0) - stsBefore, .. Reads.Select(a => (object)Count(a)), Reads.Sum(Count),
            Rounds.BeforeFirstChange(calls), .. Changes.Select(a => (object)Count(a)), scenario.Budget,
        ];
    }

    private static async Task HandleAllAsync(CallScenario scenario, Func<string, Task> handle)
    {
        foreach (var json in scenario.Events)
        {
            await handle(json).ConfigureAwait(false);
        }
    }

    /// <summary>One call of each Describe first, so that the SDK's one-time set-up cannot pass for a round.</summary>
    private static async Task WarmUpAsync(IAmazonEC2 client)
    {
        await client.DescribeRouteTablesAsync(new DescribeRouteTablesRequest()).ConfigureAwait(false);
        await client.DescribeSubnetsAsync(new DescribeSubnetsRequest()).ConfigureAwait(false);
        await client.DescribeVpcsAsync(new DescribeVpcsRequest()).ConfigureAwait(false);
        await client.DescribeEgressOnlyInternetGatewaysAsync(new DescribeEgressOnlyInternetGatewaysRequest()).ConfigureAwait(false);
        await client.DescribeVpcBlockPublicAccessOptionsAsync(new DescribeVpcBlockPublicAccessOptionsRequest()).ConfigureAwait(false);
        await client.DescribeVpcBlockPublicAccessExclusionsAsync(new DescribeVpcBlockPublicAccessExclusionsRequest()).ConfigureAwait(false);
    }
}
