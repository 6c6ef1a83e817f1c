using Remediator.Outcomes;
using Remediator.StandIns.Doubles;
using Remediator.Telemetry;

namespace Remediator.Handling.Tests.Telemetry;

public sealed class EmbeddedMetricFormatTests
{
    [Fact]
    public void A_metric_is_one_EMF_line_that_CloudWatch_extracts_with_its_dimensions()
    {
        var output = new StringWriter();
        var metrics = new EmbeddedMetricFormat(output, new ManualClock(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero)));

        metrics.Emit(new Metric("ExposureWindow", 4.25, "Seconds", [new("outcome", "remediated")]));

        Assert.Equal(
            """{"_aws":{"Timestamp":1795773600000,"CloudWatchMetrics":[{"Namespace":"Remediator","Dimensions":[["outcome"]],"Metrics":[{"Name":"ExposureWindow","Unit":"Seconds"}]}]},"outcome":"remediated","ExposureWindow":4.25}""" + "\n",
            output.ToString());
    }
}
