namespace Remediator.Triggers;

/// <summary>Which event this is and who caused it: carried into every log line and notification.</summary>
/// <param name="EventName">The API call (CreateRoute…) or "Scheduled Event".</param>
/// <param name="EventId">CloudTrail's eventID, or EventBridge's id for a schedule.</param>
/// <param name="EventTime">When the change happened: the start of the exposure window.</param>
public sealed record EventOrigin(
    string EventName,
    string EventId,
    DateTimeOffset EventTime,
    string Account,
    string Region,
    Actor Actor,
    string? SourceIpAddress,
    string? UserAgent);
