using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Remediator.Ports;

namespace Remediator.Telemetry;

/// <summary>
/// Writes each record as one JSON object per line in Lambda's JSON log format (<c>timestamp</c>,
/// <c>level</c>, <c>message</c>, <c>requestId</c>), with the record's fields beside them, so that
/// CloudWatch Logs Insights can query every decision by its fields.
/// </summary>
public sealed class JsonLinesLog(TextWriter output, TimeProvider clock, LogLevel minimum, Func<string?> requestId) : IDecisionLog
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "timestamp", "level", "message", "requestId" };
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Lock gate = new();

    public void Write(LogRecord record)
    {
        if (record.Level < minimum)
        {
            return;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("timestamp", WireTime.LogTimestamp(clock.GetUtcNow()));
            json.WriteString("level", record.Level.ToString().ToUpperInvariant());
            json.WriteString("message", record.Message);
            json.WriteString("requestId", requestId());
            foreach (var (key, value) in record.Fields)
            {
                // A field may not pass for one of the format's own: it keeps its value under another name.
                json.WriteString(Reserved.Contains(key) ? "_" + key : key, value);
            }

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
