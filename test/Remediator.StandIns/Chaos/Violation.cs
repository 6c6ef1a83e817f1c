namespace Remediator.StandIns.Chaos;

/// <summary>One invariant broken: which (a–e, as RELIABILITY.md names them), in which event, and what was seen.</summary>
public sealed record Violation(char Invariant, int EventIndex, string Sample, string What)
{
    public override string ToString() => $"({Invariant}) event {EventIndex} ({Sample}): {What}";
}
