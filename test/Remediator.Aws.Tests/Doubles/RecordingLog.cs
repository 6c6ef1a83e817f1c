using Remediator.Ports;
using Remediator.Telemetry;

namespace Remediator.Aws.Tests.Doubles;

/// <summary>Keeps every record written, for tests to read back.</summary>
internal sealed class RecordingLog : IDecisionLog
{
    private readonly Lock gate = new();
    private readonly List<LogRecord> records = [];

    public IReadOnlyList<LogRecord> Records
    {
        get
        {
            lock (gate)
            {
                return [.. records];
            }
        }
    }

    public void Write(LogRecord record)
    {
        lock (gate)
        {
            records.Add(record);
        }
    }
}
