namespace Remediator.Function.Runtime;

/// <summary>
/// An invocation that must be reported as failed, with a stable error type that alarms and the
/// dead-letter queue can be read by (e.g. <c>Remediator.TransientFailure</c>).
/// </summary>
internal sealed class FunctionFailure(string errorType, string message, Exception? inner = null) : Exception(message, inner)
{
    public string ErrorType { get; } = errorType;
}
