namespace Remediator.Function.Runtime;

/// <summary>One event handed out by the Lambda Runtime API.</summary>
/// <param name="Deadline">When Lambda stops the invocation (Lambda-Runtime-Deadline-Ms).</param>
/// <param name="TraceId">X-Ray trace header (Lambda-Runtime-Trace-Id), if tracing is on.</param>
internal sealed record Invocation(string RequestId, string Body, DateTimeOffset Deadline, string? TraceId, string? FunctionArn);
