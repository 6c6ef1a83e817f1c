using System.Buffers;
using System.Text;
using System.Text.Json;
using Remediator.Ports;

namespace Remediator.Telemetry;

/// <summary>
/// Writes the metrics of one invocation as one CloudWatch Embedded Metric Format document: CloudWatch Logs
/// extracts them into metrics, so no PutMetricData call (and no extra latency or IAM permission) is needed.
/// Every metric carries the document's dimensions (the function's name), so that two stacks in one account
/// keep their metrics, and their alarms, apart.
/// </summary>
/// <param name="dimensions">E.g. FunctionName = remediator-RemediatorFunction-…</param>
public sealed class EmbeddedMetricFormat(
    TextWriter output, TimeProvider clock, ValueList<KeyValuePair<string, string>> dimensions, string metricNamespace = "Remediator") : IMetrics
{
    /// <summary>EMF's limit of metric definitions in one document; more are written as further documents.</summary>
    public const int MaxMetricsPerDocument = 100;

    /// <summary>EMF's limit of values one metric holds in one document.</summary>
    public const int MaxValuesPerMetric = 100;

    private readonly Lock gate = new();
    private readonly List<Metric> pending = [];

    public void Emit(Metric metric)
    {
        lock (gate)
        {
            pending.Add(metric);
        }
    }

    public void Flush()
    {
        List<Metric> metrics;
        lock (gate)
        {
            metrics = [.. pending];
            pending.Clear();
        }

        // A metric with more values than one document holds continues in the next documents, none is dropped.
        var timestamp = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var lines = metrics
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .SelectMany(metric => metric.Chunk(MaxValuesPerMetric).Select((values, part) => (Part: part, Values: values)))
            .GroupBy(entry => entry.Part)
            .SelectMany(part => part.Select(entry => entry.Values).Chunk(MaxMetricsPerDocument))
            .Select(document => Document(timestamp, document))
            .ToList();
        lock (gate)
        {
            foreach (var line in lines)
            {
                output.Write(line + "\n");
            }

            output.Flush();
        }
    }

    /// <param name="metrics">Each entry: values of one metric, all of the same name.</param>
    private string Document(long timestamp, Metric[][] metrics)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("_aws");
            json.WriteNumber("Timestamp", timestamp);
            json.WriteStartArray("CloudWatchMetrics");
            json.WriteStartObject();
            json.WriteString("Namespace", metricNamespace);
            json.WriteStartArray("Dimensions");
            json.WriteStartArray();
            foreach (var (name, _) in dimensions)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteStartArray("Metrics");
            foreach (var metric in metrics)
            {
                json.WriteStartObject();
                json.WriteString("Name", metric[0].Name);
                json.WriteString("Unit", metric[0].Unit);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            foreach (var (name, value) in dimensions)
            {
                json.WriteString(name, value);
            }

            foreach (var metric in metrics)
            {
                WriteValues(json, metric[0].Name, [.. metric.Select(m => m.Value)]);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>One value as a number; several (a sweep's many VPCs) as EMF's array of values.</summary>
    private static void WriteValues(Utf8JsonWriter json, string name, double[] values)
    {
        if (values.Length == 1)
        {
            json.WriteNumber(name, values[0]);
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }
}
