using Remediator.Function.Runtime;

namespace Remediator.Function.Tests;

/// <summary>Answers each event body by a rule the test gives, and records what it saw.</summary>
internal sealed class ScriptedHandler(Func<string, CancellationToken, Task<string>> answer) : IInvocationHandler
{
    public List<(string Body, string? TraceId)> Seen { get; } = [];

    public Task<string> HandleAsync(string eventJson, CancellationToken cancellationToken)
    {
        Seen.Add((eventJson, Environment.GetEnvironmentVariable("_X_AMZN_TRACE_ID")));
        return answer(eventJson, cancellationToken);
    }
}
