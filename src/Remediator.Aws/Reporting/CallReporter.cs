using System.Globalization;
using Remediator.Failures;
using Remediator.Ports;
using Remediator.Telemetry;

namespace Remediator.Aws.Reporting;

/// <summary>
/// Writes one Debug line per AWS call: the service, the action, how long it took and how it ended, so that
/// <c>LOG_LEVEL=DEBUG</c> shows where an invocation's time went. Durations come from the
/// <see cref="TimeProvider"/>'s timestamps, so tests can set them.
/// </summary>
public sealed class CallReporter(IDecisionLog log, TimeProvider clock)
{
    public const string Message = "AWS call";

    public long Start() => clock.GetTimestamp();

    /// <param name="failure">How the call failed, classified; <c>null</c> when it succeeded.</param>
    public void Finish(AwsService service, string action, long started, OperationFailure? failure)
    {
        ArgumentNullException.ThrowIfNull(service);
        var elapsed = clock.GetElapsedTime(started);
        log.Write(new LogRecord(
            LogLevel.Debug,
            Message,
            [
                Field.Of("service", service.Id),
                Field.Of("action", action),
                Field.Of("durationMs", elapsed.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture)),
                Field.Of("outcome", failure is null ? "ok" : "failed"),
                Field.Of("failureKind", failure?.Kind.ToString()),
                Field.Of("errorCode", failure?.Code),
            ]));
    }
}
