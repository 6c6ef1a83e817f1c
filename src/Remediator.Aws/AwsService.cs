using Remediator.Aws.Errors;

namespace Remediator.Aws;

/// <summary>
/// One AWS service as the edge knows it: its id, and which of its error codes mean that the resource is gone.
/// Everything else about its errors is alike for every service and decided by <see cref="AwsErrorClassifier"/>.
/// </summary>
/// <param name="Id">
/// The service id as the SDKs spell it in endpoint variables (<c>AWS_ENDPOINT_URL_EC2</c>) and, lower-cased,
/// in IAM actions (<c>ec2:ReplaceRoute</c>): <c>EC2</c>, <c>SNS</c>, <c>SQS</c>.
/// </param>
public sealed record AwsService(string Id, NotFoundCodes NotFound)
{
    /// <summary>The IAM spelling of one of its operations, e.g. <c>ec2:DescribeVpcs</c>.</summary>
    public string Action(string operation) => $"{Id.ToLowerInvariant()}:{operation}";
}
