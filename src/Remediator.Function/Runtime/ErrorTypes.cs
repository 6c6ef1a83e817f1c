namespace Remediator.Function.Runtime;

/// <summary>
/// The stable error types the function reports (Lambda-Runtime-Function-Error-Type), for alarms and for
/// whoever reads the dead-letter queue.
/// </summary>
internal static class ErrorTypes
{
    /// <summary>The event is malformed: retrying it cannot help.</summary>
    public const string InvalidEvent = "Remediator.InvalidEvent";

    /// <summary>Throttling or a 5xx outlasted the retries; Lambda's retry of the event may succeed.</summary>
    public const string TransientFailure = "Remediator.TransientFailure";

    /// <summary>The function's role is missing a permission.</summary>
    public const string AccessDenied = "Remediator.AccessDenied";

    /// <summary>AWS refused a call for another reason.</summary>
    public const string PermanentFailure = "Remediator.PermanentFailure";

    /// <summary>The SNS message could not be sent; it is in the log and the dead-letter queue.</summary>
    public const string NotificationFailed = "Remediator.NotificationFailed";

    public const string Timeout = "Remediator.Timeout";

    public const string InvalidConfiguration = "Remediator.InvalidConfiguration";

    public const string Unexpected = "Remediator.Unexpected";
}
