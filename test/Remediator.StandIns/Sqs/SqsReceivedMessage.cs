namespace Remediator.StandIns.Sqs;

/// <summary>A message the stand-in accepted, exactly as it was sent.</summary>
/// <param name="QueueUrl">The URL the client named, which may differ from the stand-in's in its host.</param>
/// <param name="SigningRegion">The region of the SigV4 credential scope.</param>
public sealed record SqsReceivedMessage(
    string MessageId,
    string QueueUrl,
    string Body,
    IReadOnlyDictionary<string, SqsAttributeValue> Attributes,
    string SigningRegion)
{
    /// <summary>The value of a String or Number attribute, or <c>null</c> when the message has none of that name.</summary>
    public string? this[string attribute] => Attributes.GetValueOrDefault(attribute)?.StringValue;
}
