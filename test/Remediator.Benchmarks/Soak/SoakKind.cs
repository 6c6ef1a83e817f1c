namespace Remediator.Benchmarks.Soak;

/// <summary>What the function must post back for an event: a response, or an error report of the invalid-event type.</summary>
internal enum ExpectedAnswer
{
    Response,
    InvalidEvent,
}

/// <summary>One kind of event in the soak's mix.</summary>
/// <param name="Group">Trigger, ignore or malformed sample, or a malformed (or huge) event of the soak's own.</param>
/// <param name="Body">The bytes of one such event; the generator lets a kind vary from event to event.</param>
internal sealed record SoakKind(string Name, string Group, ExpectedAnswer Expected, Func<Random, byte[]> Body);
