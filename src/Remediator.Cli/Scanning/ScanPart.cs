namespace Remediator.Cli.Scanning;

/// <summary>What one region of one account (or a world) gave a scan: its subnets and exposures, or why it could not be read.</summary>
internal sealed record ScanPart(IReadOnlyList<Finding> Findings, IReadOnlyList<Exposure> Exposures, ScanFailure? Failure = null)
{
    public static ScanPart Failed(ScanFailure failure) => new([], [], failure);
}
