using Remediator.Judgement;

namespace Remediator.Cli.Scanning;

/// <summary>The options of <c>remediator scan</c>, as parsed.</summary>
/// <param name="World">The offline world folder; absent for a live scan.</param>
/// <param name="Regions">The regions of a live scan; none for the default region.</param>
internal sealed record ScanOptions(string? World, IReadOnlyList<string> Regions, string? Profile, bool Json, bool Verbose, ClassificationRules Rules);
