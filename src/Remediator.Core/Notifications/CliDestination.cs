using Remediator.Network;

namespace Remediator.Notifications;

/// <summary>A route's destination as the AWS CLI's <c>replace-route</c> takes it.</summary>
internal static class CliDestination
{
    public static string Of(RouteDestination destination) => destination.Kind switch
    {
        DestinationKind.PrefixList => $"--destination-prefix-list-id {destination.Value}",
        DestinationKind.Ipv4Cidr => $"--destination-cidr-block {destination.Value}",
        _ => $"--destination-ipv6-cidr-block {destination.Value}",
    };
}
