using Remediator.Telemetry;
namespace Remediator.Ports;

/// <summary>Where measurements go (CloudWatch Embedded Metric Format lines in the function).</summary>
public interface IMetrics
{
    void Emit(Metric metric);
}
