using Amazon;
using Remediator.Cli.Hosting;
using Remediator.Settings;

namespace Remediator.Cli.Live;

/// <summary>
/// Which region a live run reads: the option, else what the run itself names (an event's region), else
/// <c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c> or the profile's region, as the AWS CLI looks. A name the SDK
/// does not know is refused: the SDK would otherwise build an endpoint for it and fail later, less clearly.
/// </summary>
internal static class RegionChoice
{
    public static string Resolve(string? option, string? fromRun, AwsAccount account, IEnvironment environment)
    {
        var (region, setting) = option is not null ? (option, "--region")
            : fromRun is not null ? (fromRun, "the event's region")
            : environment.Read("AWS_REGION") is { Length: > 0 } awsRegion ? (awsRegion, "AWS_REGION")
            : environment.Read("AWS_DEFAULT_REGION") is { Length: > 0 } defaultRegion ? (defaultRegion, "AWS_DEFAULT_REGION")
            : account.ProfileRegion is { } profileRegion ? (profileRegion, $"the region of {account.Source}")
            : throw new BadInputException("No AWS region: pass --region, set AWS_REGION, or set one in the profile (`aws configure set region eu-west-1`).");
        return Check(region, setting);
    }

    public static string Check(string region, string setting) =>
        RegionEndpoint.EnumerableAllRegions.Any(r => r.SystemName == region)
            ? region
            : throw new BadInputException($"Unknown AWS region '{region}' ({setting}); regions look like eu-west-1 or us-east-1.");
}
