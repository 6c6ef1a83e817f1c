using System.Text.Json.Nodes;
using Remediator.StandIns.Doubles;
using Remediator.Telemetry;

namespace Remediator.Handling.Tests.Telemetry;

public sealed class EmbeddedMetricFormatTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private readonly StringWriter output = new();

    public void Dispose() => output.Dispose();

    private EmbeddedMetricFormat Metrics() => new(output, new ManualClock(Now), [new("FunctionName", "remediator-fn")]);

    [Fact]
    public void The_metrics_of_an_invocation_are_one_EMF_document_with_the_functions_name_as_dimension()
    {
        var metrics = Metrics();

        metrics.Emit(new Metric("ExposureWindow", 4.25, "Seconds"));
        metrics.Emit(Metric.Count("RoutesRemediated", 1));
        metrics.Flush();

        Assert.Equal(
            """{"_aws":{"Timestamp":1795773600000,"CloudWatchMetrics":[{"Namespace":"Remediator","Dimensions":[["FunctionName"]],"Metrics":[{"Name":"ExposureWindow","Unit":"Seconds"},{"Name":"RoutesRemediated","Unit":"Count"}]}]},"FunctionName":"remediator-fn","ExposureWindow":4.25,"RoutesRemediated":1}""" + "\n",
            output.ToString());
    }

    [Fact]
    public void Nothing_is_written_before_the_flush()
    {
        Metrics().Emit(Metric.Count("NotificationsSent", 1));

        Assert.Equal("", output.ToString());
    }

    [Fact]
    public void A_flush_with_nothing_emitted_writes_nothing()
    {
        Metrics().Flush();

        Assert.Equal("", output.ToString());
    }

    [Fact]
    public void A_metric_emitted_twice_keeps_both_values_as_an_EMF_array()
    {
        var metrics = Metrics();

        metrics.Emit(Metric.Count("NotificationsSent", 1));
        metrics.Emit(Metric.Count("NotificationsSent", 1));
        metrics.Flush();

        var document = JsonNode.Parse(output.ToString())!;
        Assert.Equal([1.0, 1.0], document["NotificationsSent"]!.AsArray().Select(v => (double)v!));
        Assert.Single(document["_aws"]!["CloudWatchMetrics"]![0]!["Metrics"]!.AsArray());
    }

    [Fact]
    public void More_values_than_one_document_holds_continue_in_the_next_one_and_none_is_dropped()
    {
        var metrics = Metrics();

        for (var i = 0; i < EmbeddedMetricFormat.MaxValuesPerMetric + 1; i++)
        {
            metrics.Emit(new Metric("ExposureWindow", i, "Seconds"));
        }

        metrics.Flush();

        var documents = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToList();
        Assert.Equal(2, documents.Count);
        Assert.Equal(EmbeddedMetricFormat.MaxValuesPerMetric, documents[0]["ExposureWindow"]!.AsArray().Count);
        Assert.Equal(100.0, (double)documents[1]["ExposureWindow"]!);
    }

    [Fact]
    public void A_second_flush_writes_only_what_was_emitted_since_the_first()
    {
        var metrics = Metrics();
        metrics.Emit(Metric.Count("NotificationsSent", 1));
        metrics.Flush();

        metrics.Emit(Metric.Count("NotificationsFailed", 1));
        metrics.Flush();

        var second = JsonNode.Parse(output.ToString().Split('\n')[1])!;
        Assert.Null(second["NotificationsSent"]);
        Assert.Equal(1.0, (double)second["NotificationsFailed"]!);
    }
}
