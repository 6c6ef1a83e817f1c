namespace Remediator.Telemetry;

/// <summary>One measurement, e.g. ExposureWindow = 4.3 Seconds; the dimensions are the document's (<see cref="EmbeddedMetricFormat"/>).</summary>
public sealed record Metric(string Name, double Value, string Unit)
{
    public static Metric Count(string name, double value) => new(name, value, "Count");
}
