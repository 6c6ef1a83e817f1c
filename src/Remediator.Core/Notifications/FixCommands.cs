using Remediator.Outcomes;

namespace Remediator.Notifications;

/// <summary>
/// The AWS CLI commands that finish what Remediator did not do itself: in detect mode, or after a failure.
/// </summary>
internal static class FixCommands
{
    private const string NewGatewayPlaceholder = "<eigw-id from the command above>";

    /// <param name="gatewayId">The VPC's EIGW, when it has one.</param>
    public static IEnumerable<string> For(string region, string vpcId, string? gatewayId, IReadOnlyCollection<RouteOutcome> openRoutes)
    {
        if (openRoutes.Count == 0)
        {
            yield break;
        }

        if (gatewayId is null)
        {
            yield return $"aws ec2 create-egress-only-internet-gateway --region {region} --vpc-id {vpcId}";
        }

        foreach (var route in openRoutes)
        {
            yield return $"aws ec2 replace-route --region {region} --route-table-id {route.RouteTableId} " +
                         $"{CliDestination.Of(route.Change.Destination)} --egress-only-internet-gateway-id {gatewayId ?? NewGatewayPlaceholder}";
        }
    }
}
