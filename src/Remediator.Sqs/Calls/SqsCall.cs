using Amazon.Runtime;
using Remediator.Execution;

namespace Remediator.Sqs.Calls;

/// <summary>
/// Runs one SQS call and turns whatever it throws into a classified <see cref="OperationFailedException"/>
/// naming the action and the queue, so that no caller sees an SDK exception.
/// </summary>
internal static class SqsCall
{
    public static async Task<T> RunAsync<T>(string queueUrl, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (AmazonServiceException e)
        {
            // Includes the SDK's own check of the MD5 digests SQS answers with (an error without a code).
            throw new OperationFailedException(SqsErrorClassifier.Failure(e, queueUrl), e);
        }
        catch (Exception e) when (e is HttpRequestException or IOException
                                   || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // A dropped connection or a client-side timeout: the call may well succeed when tried again.
            throw new OperationFailedException(
                new OperationFailure(FailureKind.Transient, SqsErrorClassifier.Action, queueUrl, e.GetType().Name, e.Message), e);
        }
        catch (AmazonClientException e)
        {
            // Raised before any request is sent, e.g. no credentials could be found: retrying will not help.
            throw new OperationFailedException(
                new OperationFailure(FailureKind.Permanent, SqsErrorClassifier.Action, queueUrl, e.GetType().Name, e.Message), e);
        }
    }
}
