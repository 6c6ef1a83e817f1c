namespace Remediator.Function.Runtime;

/// <summary>Handles one event body and answers with the JSON response, or throws <see cref="FunctionFailure"/>.</summary>
internal interface IInvocationHandler
{
    Task<string> HandleAsync(string eventJson, CancellationToken cancellationToken);
}
