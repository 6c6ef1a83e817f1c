using Remediator.Failures;

namespace Remediator.Aws.Calls;

/// <summary>
/// Runs one AWS SDK call and turns whatever it throws into a classified <see cref="OperationFailedException"/>
/// naming the action and the resource, so that no caller sees an SDK exception. The SDK has already retried:
/// only the final error is classified.
/// </summary>
public static class AwsCall
{
    public static async Task<T> RunAsync<T>(
        AwsService service, string action, string? resource, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception e) when (CallFailure.From(e, service, action, resource, cancellationToken) is { } failure)
        {
            throw new OperationFailedException(failure, e);
        }
    }
}
