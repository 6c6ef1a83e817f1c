using Remediator.StandIns.Ec2;
using Remediator.StandIns.Harnesses;

namespace Remediator.Ec2.Tests;

/// <summary>
/// A scenario's network on the EC2 stand-in, its change already made through the real client: the world is
/// changed by the call, as in EC2, before the event arrives. The calls that follow are the handler's.
/// </summary>
internal sealed class ChangedNetwork : IAsyncDisposable
{
    private readonly int changeCalls;

    private ChangedNetwork(Ec2Harness ec2, int changeCalls)
    {
        Ec2 = ec2;
        this.changeCalls = changeCalls;
    }

    public Ec2Harness Ec2 { get; }

    /// <summary>The calls the stand-in received after the change, in the order they arrived.</summary>
    public IReadOnlyList<Ec2Call> HandlerCalls => [.. Ec2.StandIn.Calls.All.Where(c => c.Ordinal > changeCalls)];

    public static async Task<ChangedNetwork> StartAsync(TriggerScenario scenario)
    {
        var ec2 = await Ec2Harness.StartAsync(scenario.Network);
        try
        {
            await scenario.Change(ec2.Client);
        }
        catch
        {
            await ec2.DisposeAsync();
            throw;
        }

        return new ChangedNetwork(ec2, ec2.StandIn.Calls.Total);
    }

    public int Count(string action) => HandlerCalls.Count(c => c.Action == action);

    public ValueTask DisposeAsync() => Ec2.DisposeAsync();
}
