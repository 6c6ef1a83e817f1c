using Remediator.Handling;
using Remediator.Judgement;
using Remediator.Network;
using Remediator.Planning;
using Remediator.Ports;
using Remediator.Settings;

namespace Remediator.StandIns.Doubles;

/// <summary>
/// The recording doubles around a real <see cref="RemediationHandler"/>: what it logged, measured,
/// published and kept as undelivered, for tests to read.
/// </summary>
public sealed class HandlerDoubles
{
    public CollectingLog Log { get; } = new();

    public CollectingMetrics Metrics { get; } = new();

    public RecordingPublisher Publisher { get; } = new();

    public RecordingUndelivered Undelivered { get; } = new();

    public RemediationHandler Handler(INetworkReader reader, IPlanExecutor executor, Mode mode, ClassificationRules? rules = null) =>
        Handler(new SingleNetwork(reader, executor), mode, rules);

    /// <summary>A handler that reads and acts in the account and region each event names.</summary>
    public RemediationHandler Handler(INetworkAccess network, Mode mode, ClassificationRules? rules = null) =>
        HandlerFactory.Create(
            new RemediationSettings(mode, rules ?? ClassificationRules.Default),
            new HandlerPorts(network, Publisher, Undelivered, Log, Metrics));
}
