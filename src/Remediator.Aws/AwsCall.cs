using System.Net;
using Amazon.Runtime;
using Remediator.Failures;

namespace Remediator.Aws;

/// <summary>
/// Runs one AWS SDK call and turns whatever it throws into a classified <see cref="OperationFailedException"/>
/// naming the action and the resource, so that no caller sees an SDK exception. The service's own error
/// codes are sorted by the classifier the adapter passes; what is alike for every service is decided here.
/// </summary>
public static class AwsCall
{
    public static async Task<T> RunAsync<T>(
        string action,
        string? resource,
        Func<Task<T>> call,
        Func<string, HttpStatusCode, FailureKind> classify,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(classify);
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (AmazonServiceException e)
        {
            var code = e switch
            {
                { ErrorCode.Length: > 0 } => e.ErrorCode,

                // No answer to read a code from: e.g. the SDK found that a response's digest did not match.
                { StatusCode: 0 } => e.GetType().Name,
                _ => $"HTTP {(int)e.StatusCode}",
            };
            var message = e.RequestId is { Length: > 0 } id ? $"{e.Message} (request {id})" : e.Message;
            throw new OperationFailedException(new OperationFailure(classify(code, e.StatusCode), action, resource, code, message), e);
        }
        catch (Exception e) when (e is HttpRequestException or IOException
                                   || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // A dropped connection or a client-side timeout: the call may well succeed when tried again.
            throw new OperationFailedException(new OperationFailure(FailureKind.Transient, action, resource, e.GetType().Name, e.Message), e);
        }
        catch (AmazonClientException e)
        {
            // Raised before any request is sent, e.g. no credentials could be found: retrying will not help.
            throw new OperationFailedException(new OperationFailure(FailureKind.Permanent, action, resource, e.GetType().Name, e.Message), e);
        }
    }
}
