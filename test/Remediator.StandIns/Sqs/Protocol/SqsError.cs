namespace Remediator.StandIns.Sqs.Protocol;

/// <summary>
/// An SQS error as it goes on the wire in AWS JSON 1.0: the HTTP status, the body's <c>__type</c> (a shape
/// id, <c>com.amazonaws.sqs#QueueDoesNotExist</c>) and <c>message</c>, and the <c>x-amzn-query-error</c>
/// header (<c>AWS.SimpleQueueService.NonExistentQueue;Sender</c>) that SQS adds because its model is
/// <c>awsQueryCompatible</c>: SDKs that find the header take the error code from it, the old Query code.
/// </summary>
/// <param name="QueryError">The header's <c>Code;Fault</c>, or <c>null</c> to send none.</param>
internal sealed record SqsError(int Status, string Type, string Message, string? QueryError)
{
    /// <summary>The code a client reads from <see cref="Type"/>: what follows the namespace's <c>#</c>.</summary>
    public string ShapeName => Type[(Type.LastIndexOf('#') + 1)..];

    public static SqsError QueueDoesNotExist() => Modelled(
        400, "QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue", "The specified queue does not exist.");

    public static SqsError RequestThrottled() => Modelled(
        400, "RequestThrottled", "RequestThrottled", "Request is throttled.");

    public static SqsError InvalidParameterValue(string message) =>
        Modelled(400, "InvalidParameterValue", "InvalidParameterValue", message);

    public static SqsError MissingParameter(string name) =>
        Modelled(400, "MissingParameter", "MissingParameter", $"The request must contain the parameter {name}.");

    public static SqsError InvalidMessageContents(string message) =>
        Modelled(400, "InvalidMessageContents", "InvalidMessageContents", message);

    public static SqsError UnknownOperation() =>
        new(400, "com.amazon.coral.service#UnknownOperationException", "The action or operation requested is invalid.", null);

    public static SqsError MissingAuthenticationToken() =>
        new(403, "com.amazon.coral.service#MissingAuthenticationTokenException", "Request is missing Authentication Token",
            "MissingAuthenticationToken;Sender");

    public static SqsError IncompleteSignature(string message) =>
        new(400, "com.amazon.coral.service#IncompleteSignatureException", message, "IncompleteSignature;Sender");

    public static SqsError UnrecognizedClient() =>
        new(403, "com.amazon.coral.service#UnrecognizedClientException", "The security token included in the request is invalid.",
            "InvalidClientTokenId;Sender");

    public static SqsError InvalidSignature(string message) =>
        new(403, "com.amazon.coral.service#InvalidSignatureException", message, "SignatureDoesNotMatch;Sender");

    public static SqsError InternalFailure(string message = "We encountered an internal error. Please try again.") =>
        new(500, "com.amazon.coral.service#InternalFailure", message, "InternalFailure;Receiver");

    /// <summary>
    /// The error a test asked for by code: SQS's modelled errors and the common ones it shares with every
    /// AWS JSON service answer with their usual type and query code; any other code is taken as an SQS
    /// shape whose query code is the same name. <paramref name="status"/> always wins.
    /// </summary>
    public static SqsError For(int status, string code)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        var known = code switch
        {
            "QueueDoesNotExist" or "AWS.SimpleQueueService.NonExistentQueue" => QueueDoesNotExist(),
            "RequestThrottled" => RequestThrottled(),
            "KmsAccessDenied" or "KMS.AccessDeniedException" => Modelled(
                400, "KmsAccessDenied", "KMS.AccessDeniedException", "The caller doesn't have the required KMS access."),
            "KmsThrottled" or "KMS.ThrottlingException" => Modelled(
                400, "KmsThrottled", "KMS.ThrottlingException", "Amazon SQS was throttled by AWS KMS."),
            "AccessDenied" or "AccessDeniedException" => new SqsError(
                403, "com.amazon.coral.service#AccessDeniedException",
                "User is not authorized to perform: sqs:sendmessage on resource", "AccessDenied;Sender"),
            "Throttling" or "ThrottlingException" => new SqsError(
                400, "com.amazon.coral.availability#ThrottlingException", "Rate exceeded", "Throttling;Sender"),
            "InternalFailure" or "InternalError" => InternalFailure(),
            "ServiceUnavailable" => new SqsError(
                503, "com.amazon.coral.availability#ServiceUnavailableException", "Service is unavailable.", "ServiceUnavailable;Receiver"),
            _ => Modelled(status, code, code, $"The stand-in was told to answer {code}."),
        };
        return known with { Status = status, QueryError = FaultedQueryError(known.QueryError, status) };
    }

    public SqsException ToException() => new(this);

    private static SqsError Modelled(int status, string shape, string queryCode, string message) =>
        new(status, $"com.amazonaws.sqs#{shape}", message, $"{queryCode};{Fault(status)}");

    private static string? FaultedQueryError(string? queryError, int status) =>
        queryError is null ? null : $"{queryError[..queryError.IndexOf(';', StringComparison.Ordinal)]};{Fault(status)}";

    private static string Fault(int status) => status >= 500 ? "Receiver" : "Sender";
}
