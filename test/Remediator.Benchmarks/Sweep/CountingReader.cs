using Remediator.Network;
using Remediator.Ports;
using Remediator.Triggers;

namespace Remediator.Benchmarks.Sweep;

/// <summary>Counts the reads made through it, so that the stand-in's call log can be divided into calls per read.</summary>
internal sealed class CountingReader(INetworkReader inner) : INetworkReader
{
    private int reads;

    public int Reads => reads;

    public Task<NetworkSnapshot> ReadAsync(ValueList<RecheckScope> scopes, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref reads);
        return inner.ReadAsync(scopes, cancellationToken);
    }
}
