using Remediator.Aws.Calls;

namespace Remediator.Sqs.Calls;

/// <summary>Runs one SQS call the way every AWS call is run, with SQS's not-found codes.</summary>
internal static class SqsCall
{
    /// <remarks>Failures include the SDK's own check of the MD5 digests SQS answers with (an error without a code).</remarks>
    public static Task<T> RunAsync<T>(string queueUrl, Func<Task<T>> call, CancellationToken cancellationToken) =>
        AwsCall.RunAsync(SqsService.Definition, SqsService.SendMessage, queueUrl, call, cancellationToken);
}
