using Remediator.Aws.Reporting;
using Remediator.Aws.Tests.Doubles;
using Remediator.Ec2.Calls;
using Remediator.Failures;
using Remediator.StandIns.Doubles;
using Remediator.Telemetry;

namespace Remediator.Aws.Tests.Reporting;

public sealed class CallReporterTests
{
    [Fact]
    public void A_call_is_one_debug_line_with_its_service_action_duration_and_outcome()
    {
        var log = new CollectingLog();
        var reporter = new CallReporter(log, new SteppingClock(TimeSpan.FromMilliseconds(42.5)));

        reporter.Finish(Ec2Service.Definition, "ec2:DescribeVpcs", reporter.Start(), null);

        var record = Assert.Single(log.Records);
        Assert.Equal((LogLevel.Debug, CallReporter.Message), (record.Level, record.Message));
        Assert.Equal(new CallFields("EC2", "ec2:DescribeVpcs", "42.5", "ok", null, null), CallFields.Of(record));
    }

    [Fact]
    public void A_failed_call_names_its_kind_and_code()
    {
        var log = new CollectingLog();
        var reporter = new CallReporter(log, new SteppingClock(TimeSpan.FromMilliseconds(3)));
        var failure = new OperationFailure(FailureKind.Transient, "ec2:ReplaceRoute", "rtb-1 ::/0", "RequestLimitExceeded", "Request limit exceeded.");

        reporter.Finish(Ec2Service.Definition, "ec2:ReplaceRoute", reporter.Start(), failure);

        Assert.Equal(
            new CallFields("EC2", "ec2:ReplaceRoute", "3", "failed", "Transient", "RequestLimitExceeded"),
            CallFields.Of(Assert.Single(log.Records)));
    }
}
