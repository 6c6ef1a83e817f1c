namespace Remediator.Notifications;

/// <summary>
/// How much of a long finding a message lists. A sweep of a large VPC can find hundreds of tables; rather
/// than cut the JSON mid-way, whole entries are left out and counted (<c>routeTablesOmitted</c>,
/// <c>subnetsOmitted</c>, a prefix list's <c>cidrsOmitted</c>), from the most detailed setting to the leanest,
/// until the message fits.
/// </summary>
internal sealed record DocumentLimits(int RouteTables, int SubnetsPerTable, int CidrsPerPrefixList)
{
    public static readonly DocumentLimits[] FromFullToLean =
    [
        new(int.MaxValue, int.MaxValue, int.MaxValue),
        new(200, 20, 50),
        new(50, 5, 10),
        new(10, 0, 0),
    ];
}
