using Remediator.Judgement;
using Remediator.Outcomes;

namespace Remediator.Notifications;

/// <summary>
/// The AWS CLI commands that undo what Remediator changed. The exemption comes first: a route put back
/// without it is a new CreateRoute-like change that Remediator would fix again within seconds.
/// </summary>
internal static class RevertCommands
{
    public static IEnumerable<string> For(string region, TagMatch exemptionTag, IReadOnlyCollection<RouteOutcome> replaced)
    {
        foreach (var tableId in replaced.Select(r => r.RouteTableId).Distinct())
        {
            yield return $"aws ec2 create-tags --region {region} --resources {tableId} --tags Key={exemptionTag.Key},Value={exemptionTag.Value}";
        }

        foreach (var route in replaced)
        {
            yield return $"aws ec2 replace-route --region {region} --route-table-id {route.RouteTableId} " +
                         $"{CliDestination.Of(route.Change.Destination)} --gateway-id {route.Change.Before}";
        }
    }
}
