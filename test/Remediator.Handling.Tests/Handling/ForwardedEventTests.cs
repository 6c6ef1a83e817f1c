using Remediator.Planning;
using Remediator.Ports;
using Remediator.StandIns.Doubles;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Worlds;
using Remediator.Triggers;

namespace Remediator.Handling.Tests.Handling;

/// <summary>
/// Events a member stack forwarded to the organization's bus keep the account and region they happened in;
/// the handler reads and acts there, whatever the function's own account and region.
/// </summary>
public sealed class ForwardedEventTests
{
    private const string MemberAccount = "444455556666";

    private const string MemberRegion = "us-east-1";

    [Fact]
    public async Task A_forwarded_scheduled_sweep_sweeps_every_VPC_of_that_account_and_region_only()
    {
        var (network, reader) = Network();
        var handler = new HandlerDoubles().Handler(network, Mode.Remediate);

        await handler.HandleAsync(Forwarded(SampleEvents.Read("scheduled-sweep.json")), default);

        Assert.Equal([new NetworkLocation(MemberAccount, MemberRegion)], network.Opened);
        Assert.Equal<RecheckScope>([new RegionScope(MemberRegion)], Assert.Single(reader.Reads));
    }

    [Fact]
    public async Task A_forwarded_route_change_is_fixed_in_the_account_and_region_it_happened_in_and_reported_as_there()
    {
        var world = new TestNetwork();
        var table = world.LeakyTable(world.PrivateSubnet());
        var (network, _) = Network(world);
        var doubles = new HandlerDoubles();
        var handler = doubles.Handler(network, Mode.Remediate);

        await handler.HandleAsync(Forwarded(SampleEvents.CreateRoute(table.Id)), default);

        Assert.Equal([new NetworkLocation(MemberAccount, MemberRegion)], network.Opened);
        var notification = Assert.Single(doubles.Publisher.Published);
        Assert.Contains(notification.Attributes, a => a.Key == "account" && a.Value == MemberAccount);
        Assert.Contains(notification.Attributes, a => a.Key == "region" && a.Value == MemberRegion);
        Assert.Contains($"--region {MemberRegion}", notification.EmailText, StringComparison.Ordinal);
        Assert.Contains($"credentials of account {MemberAccount}", notification.EmailText, StringComparison.Ordinal);
    }

    /// <summary>The sample as the central bus receives it from the member stack in us-east-1 of 444455556666.</summary>
    private static string Forwarded(string sample) =>
        sample.Replace("111122223333", MemberAccount, StringComparison.Ordinal).Replace("eu-west-1", MemberRegion, StringComparison.Ordinal);

    private static (LocationRecordingNetwork Network, RecordingNetworkReader Reader) Network(TestNetwork? world = null)
    {
        var reader = new RecordingNetworkReader((world ?? new TestNetwork()).Snapshot());
        return (new LocationRecordingNetwork(reader, new RecordingPlanExecutor()), reader);
    }

    private sealed class LocationRecordingNetwork(INetworkReader reader, IPlanExecutor executor) : INetworkAccess
    {
        public List<NetworkLocation> Opened { get; } = [];

        public Task<NetworkConnection> OpenAsync(NetworkLocation location, CancellationToken cancellationToken)
        {
            Opened.Add(location);
            return Task.FromResult(new NetworkConnection(reader, executor));
        }
    }
}
