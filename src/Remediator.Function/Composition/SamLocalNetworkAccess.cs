using Remediator.Aws.Accounts;
using Remediator.Ports;

namespace Remediator.Function.Composition;

/// <summary>
/// The network under <c>sam local invoke</c>: SAM's emulator names the function in an account of its own, and the
/// sample events name theirs, but the only credentials are the ones SAM passes. So every event is read, in its
/// region, in the account of those credentials: the real one, which is why MODE stays <c>detect</c> unless the
/// user's <c>--env-vars</c> file says otherwise.
/// </summary>
internal sealed class SamLocalNetworkAccess(INetworkAccess inner, Func<string?> functionArn) : INetworkAccess
{
    public Task<NetworkConnection> OpenAsync(NetworkLocation location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        var own = FunctionArn.Parse(functionArn())?.Account ?? location.Account;
        return inner.OpenAsync(location with { Account = own }, cancellationToken);
    }
}
