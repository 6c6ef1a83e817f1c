using Remediator.StandIns.Chaos;
using Remediator.StandIns.Sqs.Protocol;

namespace Remediator.StandIns.Sqs;

/// <summary>Errors to answer instead of handling calls, used up in the order they were asked for; then a schedule's random faults.</summary>
internal sealed class SqsFaults
{
    private readonly Lock gate = new();
    private readonly Queue<SqsError> due = new();

    public IFaultSchedule? Schedule { get; set; }

    public void Add(int count, SqsError error)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (gate)
        {
            for (var i = 0; i < count; i++)
            {
                due.Enqueue(error);
            }
        }
    }

    public SqsError? Take()
    {
        lock (gate)
        {
            return due.TryDequeue(out var error) ? error : null;
        }
    }
}
