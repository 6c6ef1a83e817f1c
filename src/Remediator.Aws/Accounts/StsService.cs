using Remediator.Aws.Errors;

namespace Remediator.Aws.Accounts;

/// <summary>STS as the AWS edge knows it: AssumeRole has no "resource gone" answer, a missing role is AccessDenied.</summary>
public static class StsService
{
    public static readonly AwsService Definition = new("STS", new NotFoundCodes([]));
}
