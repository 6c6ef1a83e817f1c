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

    public const string Help = "Exit codes: 0 = no exposure (or every one remediated), 2 = exposures found and still open, 1 = error.";
}
