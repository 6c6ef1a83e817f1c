using Remediator.Ports;
using Remediator.Telemetry;

namespace Remediator.StandIns.Doubles;

/// <summary>Keeps every log record, for tests to read.</summary>
public sealed class CollectingLog : IDecisionLog
{
    private readonly List<LogRecord> records = [];

    public IReadOnlyList<LogRecord> Records
    {
        get
        {
            lock (records)
            {
                return [.. records];
            }
        }
    }

    public void Write(LogRecord record)
    {
        lock (records)
        {
            records.Add(record);
        }
    }
}
