namespace Remediator.Function.Runtime;

/// <summary>The Lambda Runtime API, as the loop needs it. Its calls are never retried: Lambda owns that.</summary>
internal interface IRuntimeApi
{
    /// <summary>Waits for the next event; Lambda may freeze the process for minutes in the middle of this call.</summary>
    Task<Invocation> NextAsync(CancellationToken cancellationToken);

    Task RespondAsync(string requestId, string responseJson, CancellationToken cancellationToken);

    Task ReportInvocationErrorAsync(string requestId, RuntimeError error, CancellationToken cancellationToken);

    Task ReportInitErrorAsync(RuntimeError error, CancellationToken cancellationToken);
}
