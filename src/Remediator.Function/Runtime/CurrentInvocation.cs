namespace Remediator.Function.Runtime;

/// <summary>
/// The invocation being handled, for the log lines written meanwhile. Lambda sends one event at a time
/// to a process, so one holder per process is enough.
/// </summary>
internal sealed class CurrentInvocation
{
    private volatile Invocation? invocation;

    public string? RequestId => invocation?.RequestId;

    /// <summary>The invoked function's ARN, which names the function's own account.</summary>
    public string? FunctionArn => invocation?.FunctionArn;

    /// <summary>When Lambda will stop the current invocation; absent between invocations.</summary>
    public DateTimeOffset? Deadline => invocation?.Deadline;

    /// <summary>The X-Ray SDKs and AWS SDK read the trace header from this variable, per invocation.</summary>
    public void Begin(Invocation next)
    {
        invocation = next;
        Environment.SetEnvironmentVariable("_X_AMZN_TRACE_ID", next.TraceId);
    }

    public void End()
    {
        invocation = null;
        Environment.SetEnvironmentVariable("_X_AMZN_TRACE_ID", null);
    }
}
