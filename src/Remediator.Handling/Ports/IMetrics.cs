using Remediator.Telemetry;

namespace Remediator.Ports;

/// <summary>Where measurements go (CloudWatch Embedded Metric Format in the function).</summary>
public interface IMetrics
{
    void Emit(Metric metric);

    /// <summary>Writes what was emitted since the last flush; the handler calls it once at the end of each event.</summary>
    void Flush();
}
