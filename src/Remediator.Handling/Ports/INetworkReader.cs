using Remediator.Network;
using Remediator.Triggers;

namespace Remediator.Ports;

/// <summary>Reads the part of the network that a trigger's scopes need judged (the EC2 adapter, or a file world).</summary>
public interface INetworkReader
{
    /// <summary>
    /// Returns a snapshot complete for every table it holds (see <see cref="NetworkSnapshot"/>). Resources
    /// that no longer exist are simply absent. Other failures throw <see cref="Failures.OperationFailedException"/>.
    /// </summary>
    Task<NetworkSnapshot> ReadAsync(ValueList<RecheckScope> scopes, CancellationToken cancellationToken);
}
