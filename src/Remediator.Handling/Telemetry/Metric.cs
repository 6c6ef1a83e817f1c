using Remediator.Outcomes;

namespace Remediator.Telemetry;

/// <summary>One measurement, e.g. ExposureWindow = 4.3 Seconds for outcome=remediated.</summary>
public sealed record Metric(string Name, double Value, string Unit, ValueList<KeyValuePair<string, string>> Dimensions)
{
    public static Metric Count(string name, double value, params KeyValuePair<string, string>[] dimensions) => new(name, value, "Count", [.. dimensions]);
}
