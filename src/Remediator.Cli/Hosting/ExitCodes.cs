namespace Remediator.Cli.Hosting;

/// <summary>The exit codes of every command, as <c>--help</c> documents them, so that scripts and CI can branch on them.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing is exposed (any exposure found was remediated).</summary>
    public const int NoExposure = 0;

    /// <summary>Bad input, a failed AWS call, or a notification that could not be sent.</summary>
    public const int Error = 1;

    /// <summary>At least one private subnet is exposed to the IPv6 internet and stays so.</summary>
    public const int ExposureFound = 2;

    /// <summary>
    /// An organization scan (<c>scan --role-name</c>) could not read some accounts or regions, and found no exposure in
    /// the others. An exposure found wins (2): it is certain and wants action, and the output lists what was not read.
    /// </summary>
    public const int NotAllScanned = 3;

    /// <summary>
    /// <c>invoke --world</c>: the event names a route table, subnet or VPC that the world does not hold, so nothing could be
    /// judged. Not 0: "no exposure" would hide a partial export or an event of another account.
    /// </summary>
    public const int NotInWorld = 4;

    public const string Help = "Exit codes: 0 = no exposure (or every one remediated), 2 = exposures found and still open, 1 = error.";

    public const string WorldHelp =
        "With --world, invoke exits 4 when the event names a route table, subnet or VPC that the world does not hold.";

    public const string OrganizationHelp =
        "With --role-name, scan exits 3 when some accounts or regions could not be scanned and the others hold no exposure (2 wins over 3).";
}
