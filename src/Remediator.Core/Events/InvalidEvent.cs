namespace Remediator.Events;

/// <summary>
/// Why an event cannot be read: the field, in dotted form from the top of the event
/// (<c>detail.requestParameters.routeTableId</c>), and what is wrong with it.
/// </summary>
public sealed record InvalidEvent(string Field, string Problem)
{
    /// <summary>Stands for the whole event when the problem is not in one field (e.g. not JSON at all).</summary>
    public const string WholeEvent = "(event)";

    public string Message => Field == WholeEvent ? $"The event {Problem}." : $"Event field '{Field}' {Problem}.";

    public override string ToString() => Message;
}
