using Amazon.Runtime;
using Remediator.Execution;

namespace Remediator.Ec2.Calls;

/// <summary>
/// Runs one EC2 call and turns whatever it throws into a classified <see cref="OperationFailedException"/>
/// naming the action and the resource, so that no caller sees an SDK exception.
/// </summary>
internal static class Ec2Call
{
    public static async Task<T> RunAsync<T>(string action, string? resource, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (AmazonServiceException e)
        {
            throw new OperationFailedException(Ec2ErrorClassifier.Failure(e, action, resource), e);
        }
        catch (Exception e) when (e is HttpRequestException or IOException
                                   || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // A dropped connection or a client-side timeout: the call may well succeed when tried again.
            throw new OperationFailedException(
                new OperationFailure(FailureKind.Transient, action, resource, e.GetType().Name, e.Message), e);
        }
        catch (AmazonClientException e)
        {
            // Raised before any request is sent, e.g. no credentials could be found: retrying will not help.
            throw new OperationFailedException(
                new OperationFailure(FailureKind.Permanent, action, resource, e.GetType().Name, e.Message), e);
        }
    }
}
