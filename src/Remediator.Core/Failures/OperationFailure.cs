namespace Remediator.Failures;

/// <summary>A failed AWS call, classified, with what was attempted on which resource.</summary>
/// <param name="Action">The API action, e.g. <c>ec2:ReplaceRoute</c>.</param>
/// <param name="Code">The service's error code, e.g. <c>UnauthorizedOperation</c>.</param>
public sealed record OperationFailure(FailureKind Kind, string Action, string? Resource, string Code, string Message)
{
    public string Description => $"{Action}{(Resource is null ? "" : $" on {Resource}")} failed with {Code}: {Message}";
}
