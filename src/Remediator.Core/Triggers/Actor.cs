namespace Remediator.Triggers;

/// <summary>Who caused the change, as far as CloudTrail knows.</summary>
/// <param name="Arn">The principal's ARN; for a scheduled sweep, the schedule rule's ARN.</param>
/// <param name="InvokedBy">The AWS service that acted for the principal, e.g. cloudformation.amazonaws.com.</param>
public sealed record Actor(string? Type, string? Arn, string? PrincipalId, string? InvokedBy)
{
    public static readonly Actor Unknown = new(null, null, null, null);

    public override string ToString() =>
        (Arn ?? PrincipalId ?? "unknown principal") + (InvokedBy is null ? "" : $" via {InvokedBy}");
}
