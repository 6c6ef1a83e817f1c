using Remediator.Handling;
using Remediator.StandIns.Ec2;
using Remediator.StandIns.Sns;
using Remediator.StandIns.Sqs;
using Remediator.Telemetry;

namespace Remediator.StandIns.Chaos;

/// <summary>
/// One invocation of the handler and what the stand-ins and the log saw during it: what the invariants are judged on.
/// </summary>
/// <param name="Result">Absent when the handler threw.</param>
/// <param name="Failed">The invocation ends in an error, so Lambda retries the event (and after the last retry keeps it in its dead-letter queue).</param>
/// <param name="Unexpected">The handler threw something other than a classified <c>OperationFailedException</c>.</param>
internal sealed record AttemptRecord(
    int Attempt,
    HandlingResult? Result,
    bool Failed,
    Exception? Unexpected,
    IReadOnlyList<Ec2Call> Ec2Calls,
    IReadOnlyList<SnsCall> SnsCalls,
    IReadOnlyList<SqsReceivedMessage> Kept,
    IReadOnlyList<LogRecord> Log,
    IReadOnlyList<Race> Races);
