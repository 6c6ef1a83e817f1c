namespace Remediator.Notifications;

/// <summary>
/// How much of a long finding a message lists. A sweep of a large VPC can find hundreds of tables; rather
/// than cut the JSON mid-way, whole entries are left out and counted (<c>routeTablesOmitted</c>,
/// <c>subnetsOmitted</c>), from the most detailed setting to the leanest, until the message fits.
/// </summary>
internal sealed record DocumentLimits(int RouteTables, int SubnetsPerTable)
{
    public static readonly DocumentLimits[] FromFullToLean =
    [
        new(int.MaxValue, int.MaxValue),
        new(200, 20),
        new(50, 5),
        new(10, 0),
    ];
}
