namespace Remediator.Sns;

/// <summary>One SNS <c>Publish</c> call.</summary>
/// <param name="TopicArn"><c>arn:PARTITION:sns:REGION:ACCOUNT:NAME</c>; it also decides the endpoint and the signing region.</param>
/// <param name="Subject">For e-mail subscriptions: at most 100 printable ASCII characters, or <c>null</c>.</param>
/// <param name="JsonStructure">
/// <c>MessageStructure=json</c>: <paramref name="Message"/> is a JSON object with a <c>default</c> entry and
/// optionally one per protocol (<c>email</c>, <c>sqs</c>, …).
/// </param>
/// <param name="Attributes">String message attributes, for subscription filter policies.</param>
public sealed record SnsMessage(
    string TopicArn,
    string Message,
    string? Subject,
    bool JsonStructure,
    IReadOnlyList<KeyValuePair<string, string>> Attributes);
