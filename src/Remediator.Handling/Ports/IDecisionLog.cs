using Remediator.Telemetry;
namespace Remediator.Ports;

/// <summary>Where every decision is written, one structured line each.</summary>
public interface IDecisionLog
{
    void Write(LogRecord record);
}
