using Remediator.Aws;

namespace Remediator.Ec2.Calls;

/// <summary>Runs one EC2 call the way every AWS call is run, with EC2's error codes.</summary>
internal static class Ec2Call
{
    public static Task<T> RunAsync<T>(string action, string? resource, Func<Task<T>> call, CancellationToken cancellationToken) =>
        AwsCall.RunAsync(action, resource, call, Ec2ErrorClassifier.Classify, cancellationToken);
}
