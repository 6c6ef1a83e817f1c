using Remediator.Judgement;
using Remediator.Planning;

namespace Remediator.Settings;

/// <summary>How a handler judges and whether it acts: the same for the function and for the CLI.</summary>
public sealed record RemediationSettings(Mode Mode, ClassificationRules Rules);
