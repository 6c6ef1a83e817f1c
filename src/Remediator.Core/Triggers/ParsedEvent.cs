using Remediator.Events;

namespace Remediator.Triggers;

/// <summary>What an incoming event means: re-check something, ignore it for a stated reason, or reject it.</summary>
public abstract record ParsedEvent;

public sealed record Triggered(Trigger Trigger) : ParsedEvent;

/// <summary>The event cannot expose anything; the reason is for people reading the log.</summary>
/// <param name="Origin">Absent when the event is not a CloudTrail record or schedule at all.</param>
public sealed record Ignored(string Reason, EventOrigin? Origin) : ParsedEvent;

/// <summary>The event is malformed. It is an error, never a silent ignore.</summary>
public sealed record Rejected(InvalidEvent Error) : ParsedEvent;
