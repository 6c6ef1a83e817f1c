using System.Buffers;
using System.Text.Json;
using System.Text;
using Remediator.Ports;

namespace Remediator.Telemetry;

/// <summary>
/// Writes metrics as CloudWatch Embedded Metric Format lines: CloudWatch Logs extracts them into
/// metrics, so no PutMetricData call (and no extra latency or IAM permission) is needed.
/// </summary>
public sealed class EmbeddedMetricFormat(TextWriter output, TimeProvider clock, string metricNamespace = "Remediator") : IMetrics
{
    private readonly Lock gate = new();

    public void Emit(Metric metric)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("_aws");
            json.WriteNumber("Timestamp", clock.GetUtcNow().ToUnixTimeMilliseconds());
            json.WriteStartArray("CloudWatchMetrics");
            json.WriteStartObject();
            json.WriteString("Namespace", metricNamespace);
            json.WriteStartArray("Dimensions");
            json.WriteStartArray();
            foreach (var (name, _) in metric.Dimensions)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteStartArray("Metrics");
            json.WriteStartObject();
            json.WriteString("Name", metric.Name);
            json.WriteString("Unit", metric.Unit);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            foreach (var (name, value) in metric.Dimensions)
            {
                json.WriteString(name, value);
            }

            json.WriteNumber(metric.Name, metric.Value);
            json.WriteEndObject();
        }

        var line = Encoding.UTF8.GetString(buffer.WrittenSpan);
        lock (gate)
        {
            output.Write(line + "\n");
            output.Flush();
        }
    }
}
