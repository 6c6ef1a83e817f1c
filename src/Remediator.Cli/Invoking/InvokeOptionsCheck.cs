using Remediator.Cli.Hosting;
using Remediator.Cli.Worlds;

namespace Remediator.Cli.Invoking;

/// <summary>
/// Refuses combinations of options that would not do what they seem to, before anything is read: an
/// offline run never publishes, a live run has no world to write, and an invalid topic ARN is caught before
/// a live <c>--apply</c> changes routes rather than when the message is sent.
/// </summary>
internal static class InvokeOptionsCheck
{
    public static void Check(InvokeOptions options)
    {
        var offline = options.World is not null;
        var problem =
            offline && options.Notify ? "--notify publishes to SNS, which an offline run (--world) never does; drop one of them."
            : offline && (options.Profile ?? options.Region) is not null ? "--profile and --region are for live runs; a run on a world (--world) is offline."
            : offline && options.Apply && options.Out is null ? "--apply on a world needs --out DIR, a new folder for the resulting world."
            : !(offline && options.Apply) && options.Out is not null ? "--out is only for --apply on a world (--world)."
            : options.Notify && options.TopicArn is null ? "--notify needs --topic-arn ARN, the topic to publish to."
            : !options.Notify && options.TopicArn is not null ? "--topic-arn is only used with --notify."
            : options.TopicArn is { } arn && !Sns.Endpoints.TopicArn.IsValid(arn) ? $"--topic-arn '{arn}' is not an SNS topic ARN (arn:aws:sns:REGION:ACCOUNT:NAME)."
            : null;
        if (problem is not null)
        {
            throw new BadInputException(problem);
        }

        if (options.Out is { } target)
        {
            WorldWriter.RequireNew(target);
        }
    }
}
