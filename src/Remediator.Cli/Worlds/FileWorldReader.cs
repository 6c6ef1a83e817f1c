using Remediator.Network;
using Remediator.Ports;
using Remediator.Triggers;

namespace Remediator.Cli.Worlds;

/// <summary>
/// The network reader of an offline run: the world folder in place of EC2's Describe calls. It answers
/// every scope with the whole world, which is complete for every table it holds by construction; the
/// planner judges only the tables the scopes cover, as it does with the EC2 reader's answer.
/// </summary>
internal sealed class FileWorldReader(string folder) : INetworkReader
{
    private NetworkSnapshot? world;

    /// <summary>The world as read once from the folder; later calls reuse it, so a run judges one consistent state.</summary>
    /// <exception cref="Hosting.BadInputException">A world file is missing, unreadable or of the wrong shape.</exception>
    public NetworkSnapshot Load() => world ??= WorldFolder.Read(folder);

    public Task<NetworkSnapshot> ReadAsync(ValueList<RecheckScope> scopes, CancellationToken cancellationToken) =>
        Task.FromResult(Load());
}
