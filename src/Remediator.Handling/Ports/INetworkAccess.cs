namespace Remediator.Ports;

/// <summary>
/// Where the handler reads and acts: the network of the account and region an event names. One account and
/// region in a single-account deployment; every account of an organization when the function assumes a
/// member role there.
/// </summary>
public interface INetworkAccess
{
    /// <exception cref="Failures.OperationFailedException">
    /// The account cannot be reached: it is not one this deployment serves, or its member role cannot be assumed.
    /// </exception>
    Task<NetworkConnection> OpenAsync(NetworkLocation location, CancellationToken cancellationToken);
}

/// <summary>One account in one region, as an event's envelope names it.</summary>
public sealed record NetworkLocation(string Account, string Region);

/// <summary>The reader and the executor of one account's network in one region.</summary>
public sealed record NetworkConnection(INetworkReader Reader, IPlanExecutor Executor);

/// <summary>
/// One network whatever the event names: an offline world, a CLI run against the user's chosen account and
/// region, a test's doubles.
/// </summary>
public sealed class SingleNetwork(INetworkReader reader, IPlanExecutor executor) : INetworkAccess
{
    private readonly NetworkConnection connection = new(reader, executor);

    public Task<NetworkConnection> OpenAsync(NetworkLocation location, CancellationToken cancellationToken) => Task.FromResult(connection);
}
