namespace Remediator.Planning;

public enum Mode
{
    /// <summary>Change the routes the plan names.</summary>
    Remediate,

    /// <summary>Dry run: plan and report the same way, change nothing.</summary>
    Detect,
}
