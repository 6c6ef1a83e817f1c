namespace Remediator.StandIns.Signing;

/// <summary>A request that <see cref="SigV4Check"/> refused, and why, for the stand-in to answer in its service's words.</summary>
public sealed class SigV4Exception(SigV4Problem problem, string message) : Exception(message)
{
    public SigV4Problem Problem { get; } = problem;
}
