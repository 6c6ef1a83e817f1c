using System.Text.Json;
using Remediator.StandIns.Doubles;
using Remediator.Telemetry;

namespace Remediator.Handling.Tests.Telemetry;

public sealed class JsonLinesLogTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 4, 250, TimeSpan.Zero);

    [Fact]
    public void Each_record_is_one_line_in_Lambdas_JSON_log_format_with_its_fields()
    {
        var output = new StringWriter();
        var log = new JsonLinesLog(output, new ManualClock(Now), LogLevel.Info, () => "8f5b7a1e-request");

        log.Write(LogRecord.Info("route table rtb-1: exempt", Field.Of("routeTableId", "rtb-1"), Field.Of("error", null)));

        Assert.Equal(
            """{"timestamp":"2026-11-27T10:00:04.250Z","level":"INFO","message":"route table rtb-1: exempt","requestId":"8f5b7a1e-request","routeTableId":"rtb-1","error":null}""" + "\n",
            output.ToString());
    }

    [Fact]
    public void A_message_with_line_breaks_stays_on_one_line()
    {
        var output = new StringWriter();
        var log = new JsonLinesLog(output, new ManualClock(Now), LogLevel.Info, () => null);

        log.Write(LogRecord.Error("first\nsecond", Field.Of("notification", "{\n\"default\": \"x\"\n}")));

        var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("first\nsecond", JsonDocument.Parse(line).RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public void Records_below_the_minimum_level_are_not_written()
    {
        var output = new StringWriter();
        var log = new JsonLinesLog(output, new ManualClock(Now), LogLevel.Warn, () => null);

        log.Write(LogRecord.Info("chatter"));
        log.Write(LogRecord.Warn("worth reading"));

        Assert.DoesNotContain("chatter", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("worth reading", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_cannot_overwrite_the_formats_own_fields()
    {
        var output = new StringWriter();
        var log = new JsonLinesLog(output, new ManualClock(Now), LogLevel.Info, () => "request");

        log.Write(LogRecord.Info("real", Field.Of("message", "forged"), Field.Of("level", "DEBUG")));

        var json = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal("real", json.GetProperty("message").GetString());
        Assert.Equal("INFO", json.GetProperty("level").GetString());
        Assert.Equal("forged", json.GetProperty("_message").GetString());
    }
}
