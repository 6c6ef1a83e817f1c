using Remediator.Aws.Calls;

namespace Remediator.Ec2.Calls;

/// <summary>Runs one EC2 call the way every AWS call is run, with EC2's not-found codes.</summary>
internal static class Ec2Call
{
    public static Task<T> RunAsync<T>(string action, string? resource, Func<Task<T>> call, CancellationToken cancellationToken) =>
        AwsCall.RunAsync(Ec2Service.Definition, action, resource, call, cancellationToken);
}
