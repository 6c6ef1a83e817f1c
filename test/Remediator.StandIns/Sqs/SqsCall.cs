using Remediator.StandIns.Calls;

namespace Remediator.StandIns.Sqs;

/// <summary>One call the stand-in answered.</summary>
/// <param name="Ordinal">1 for the first call the stand-in received, 2 for the next…</param>
/// <param name="Operation">From <c>X-Amz-Target</c>, e.g. <c>SendMessage</c> for <c>AmazonSQS.SendMessage</c>.</param>
/// <param name="SigningRegion">The region of the SigV4 credential scope, or <c>null</c> when the call was not signed.</param>
/// <param name="Status">The HTTP status answered; 0 when the client went away before the answer.</param>
/// <param name="ErrorCode">The <c>__type</c> shape name answered (<c>QueueDoesNotExist</c>), or <c>null</c> on success.</param>
/// <param name="Injected">The answer was an error injected through <see cref="SqsStandIn.FailNext"/>.</param>
public sealed record SqsCall(
    int Ordinal,
    string Operation,
    string? SigningRegion,
    int Status,
    string? ErrorCode,
    bool Injected) : IStandInCall
{
    string IStandInCall.Action => Operation;
}
