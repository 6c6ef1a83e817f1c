using System.Text.Json;

namespace Remediator.StandIns.Sqs.Protocol;

/// <summary>
/// The stand-in's one queue and what it received. A <c>QueueUrl</c> names it by its path,
/// <c>/ACCOUNT/NAME</c>, whatever its host, so that a function configured with a real queue URL and pointed at
/// the stand-in through <c>AWS_ENDPOINT_URL_SQS</c> reaches it; any other path is a queue that does not exist.
/// </summary>
internal sealed class SqsQueues(string accountId, string queueName, int maximumMessageSize)
{
    private readonly Lock gate = new();
    private readonly List<SqsReceivedMessage> received = [];

    public string Path { get; } = $"/{accountId}/{queueName}";

    public IReadOnlyList<SqsReceivedMessage> Received
    {
        get
        {
            lock (gate)
            {
                return [.. received];
            }
        }
    }

    /// <returns>The JSON answer: the message id and the digests the SDK checks.</returns>
    public byte[] Send(SendMessageInput input, string signingRegion)
    {
        if (!Uri.TryCreate(input.QueueUrl, UriKind.Absolute, out var url))
        {
            throw new SqsError(404, "com.amazonaws.sqs#InvalidAddress", "The address is not valid for this endpoint.", "InvalidAddress;Sender")
                .ToException();
        }

        if (url.AbsolutePath.TrimEnd('/') != Path)
        {
            throw SqsError.QueueDoesNotExist().ToException();
        }

        SendMessageRules.Check(input, maximumMessageSize);
        var message = new SqsReceivedMessage(Guid.NewGuid().ToString(), input.QueueUrl, input.MessageBody, input.Attributes, signingRegion);
        lock (gate)
        {
            received.Add(message);
        }

        return Answer(message, input.SystemAttributes);
    }

    private static byte[] Answer(SqsReceivedMessage message, IReadOnlyDictionary<string, SqsAttributeValue> systemAttributes)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("MessageId", message.MessageId);
            json.WriteString("MD5OfMessageBody", SqsDigest.OfBody(message.Body));

            // As SQS does, a digest of attributes only when there are any.
            if (message.Attributes.Count > 0)
            {
                json.WriteString("MD5OfMessageAttributes", SqsDigest.OfAttributes(message.Attributes));
            }

            if (systemAttributes.Count > 0)
            {
                json.WriteString("MD5OfMessageSystemAttributes", SqsDigest.OfAttributes(systemAttributes));
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
