namespace Remediator.StandIns.LambdaRuntime;

/// <summary>What the function posted back for one invocation, or for its init.</summary>
/// <param name="RequestId">Absent for an init error.</param>
/// <param name="ErrorType">The Lambda-Runtime-Function-Error-Type header; absent for a response.</param>
public sealed record RuntimeReport(string? RequestId, string Kind, string Body, string? ErrorType)
{
    public bool IsResponse => Kind == "response";
}
