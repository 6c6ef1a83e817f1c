using Remediator.Network;
using Remediator.Ports;
using Remediator.Triggers;

namespace Remediator.Handling.Tests.Handling;

/// <summary>Serves a fixed snapshot and remembers what it was asked for.</summary>
internal sealed class RecordingNetworkReader(NetworkSnapshot snapshot) : INetworkReader
{
    public List<ValueList<RecheckScope>> Reads { get; } = [];

    public Task<NetworkSnapshot> ReadAsync(ValueList<RecheckScope> scopes, CancellationToken cancellationToken)
    {
        Reads.Add(scopes);
        return Task.FromResult(snapshot);
    }
}
