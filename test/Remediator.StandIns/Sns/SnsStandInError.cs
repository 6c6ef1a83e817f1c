namespace Remediator.StandIns.Sns;

/// <summary>An error as SNS sends it: HTTP status, <c>Error/Type</c>, <c>Error/Code</c>, <c>Error/Message</c>.</summary>
public sealed record SnsStandInError(int Status, string Code, string Message, string Type = "Sender")
{
    public static SnsStandInError MissingAuthenticationToken() => new(403, "MissingAuthenticationToken", "Request is missing Authentication Token");

    public static SnsStandInError IncompleteSignature(string why) => new(400, "IncompleteSignature", why);

    public static SnsStandInError InvalidClientTokenId() =>
        new(403, "InvalidClientTokenId", "The security token included in the request is invalid.");

    public static SnsStandInError SignatureDoesNotMatch(string why) => new(403, "SignatureDoesNotMatch", why);

    public static SnsStandInError Throttling() => new(400, "Throttling", "Rate exceeded");

    public static SnsStandInError InternalError() => new(500, "InternalError", "We encountered an internal error. Please try again.", "Receiver");

    public static SnsStandInError TopicNotFound() => new(404, "NotFound", "Topic does not exist");

    public static SnsStandInError AuthorizationError(string topicArn) => new(403, "AuthorizationError",
        $"User: arn:aws:sts::123456789012:assumed-role/remediator/fn is not authorized to perform: SNS:Publish on resource: {topicArn} because no identity-based policy allows the SNS:Publish action");

    public static SnsStandInError InvalidParameter(string why) => new(400, "InvalidParameter", $"Invalid parameter: {why}");

    public SnsStandInException ToException() => new(this);
}
