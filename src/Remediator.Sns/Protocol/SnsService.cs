using Remediator.Aws;
using Remediator.Aws.Errors;

namespace Remediator.Sns.Protocol;

/// <summary>SNS as the AWS edge knows it.</summary>
public static class SnsService
{
    public const string Publish = "sns:Publish";

    /// <summary>
    /// The topic does not exist (any more). Not <c>KMSNotFound</c>: that is the topic's key, a broken configuration,
    /// permanent.
    /// </summary>
    public static readonly AwsService Definition = new("SNS", new NotFoundCodes(["NotFound", "NotFoundException"]));
}
