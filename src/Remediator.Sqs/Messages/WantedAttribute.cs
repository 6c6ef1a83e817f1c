namespace Remediator.Sqs.Messages;

/// <summary>An attribute the message should carry, if the body leaves room for it.</summary>
/// <param name="Shortenable">Free text that still means something when cut, unlike a code such as an outcome.</param>
internal sealed record WantedAttribute(string Name, string Value, bool Shortenable = false);
