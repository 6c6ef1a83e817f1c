namespace Remediator.StandIns.Sqs.Protocol;

/// <summary>Ends the handling of a call with an SQS error response.</summary>
internal sealed class SqsException(SqsError error) : Exception($"{error.ShapeName}: {error.Message}")
{
    public SqsError Error { get; } = error;
}
