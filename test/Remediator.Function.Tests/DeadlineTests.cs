using System.Diagnostics;
using Remediator.StandIns.Hosting;
using Remediator.StandIns.LambdaRuntime;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Worlds;
using Xunit.Abstractions;

namespace Remediator.Function.Tests;

/// <summary>
/// Lambda kills an invocation at its deadline. The function cuts its handler 500 ms before it, so that the error
/// report still reaches Lambda (which then retries the event), and stops retrying SNS 3 s before it, so that an
/// unsent notification can still be kept. These run the whole function in its own process, with EC2 or SNS
/// answering slowly, at several times left, and check what was done, what was not, and what was reported. The
/// margin each answer left is printed (RELIABILITY.md §4), never asserted: the outcome is what is checked.
/// </summary>
public sealed class DeadlineTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    /// <summary>Each EC2 read takes this long: an event needs two rounds of reads, then the ReplaceRoute.</summary>
    private static readonly TimeSpan SlowEc2 = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task With_time_enough_a_slow_EC2_still_gets_the_route_replaced_and_the_notification_sent()
    {
        var run = await RunAsync(timeLeft: TimeSpan.FromSeconds(40), slowEc2: true);

        Assert.True(run.Report.IsResponse, run.Report.Body);
        Assert.Equal((1, 1), (run.Replaced, run.Published));
    }

    [Fact]
    public async Task When_the_deadline_falls_between_two_rounds_of_reads_nothing_is_changed_and_the_timeout_is_reported_for_a_retry()
    {
        // Cut at 4 s: the first round (3 s) is answered, the second (3 s more) is not.
        var run = await RunAsync(timeLeft: TimeSpan.FromSeconds(4.5), slowEc2: true);

        Assert.Equal(("error", "Remediator.Timeout"), (run.Report.Kind, run.Report.ErrorType));
        Assert.Equal((0, 0, 0), (run.Replaced, run.Published, run.Kept));
        Assert.Contains("invocation ran out of time", run.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_less_time_left_than_the_margin_nothing_is_read_and_the_timeout_is_reported_at_once()
    {
        var run = await RunAsync(timeLeft: TimeSpan.FromMilliseconds(300), slowEc2: true);

        Assert.Equal(("error", "Remediator.Timeout"), (run.Report.Kind, run.Report.ErrorType));
        Assert.Equal((0, 0, 0), (run.Ec2Calls, run.Replaced, run.Published));
    }

    [Fact]
    public async Task When_SNS_hangs_past_its_margin_the_route_stays_fixed_and_the_notification_is_kept_and_logged_whole()
    {
        // EC2 answers at once; SNS takes longer than the time left before its margin (3 s before the deadline).
        var run = await RunAsync(timeLeft: TimeSpan.FromSeconds(6), slowEc2: false, slowSns: TimeSpan.FromSeconds(30));

        Assert.Equal(("error", "Remediator.NotificationFailed"), (run.Report.Kind, run.Report.ErrorType));
        Assert.Equal((1, 0, 1), (run.Replaced, run.Published, run.Kept));
        Assert.Contains("notification NOT sent; the complete message follows", run.Log, StringComparison.Ordinal);
    }

    private async Task<Run> RunAsync(TimeSpan timeLeft, bool slowEc2, TimeSpan? slowSns = null)
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        network.AttachedEgressGateway();
        await using var standIns = await FunctionStandIns.StartAsync(network.Snapshot());
        using var function = FunctionProcess.Start(standIns.Environment());

        // Once the function is up (its first event answered), so that its start is not counted against the deadline.
        var warm = await standIns.Runtime.WaitForAsync(standIns.Runtime.Enqueue(SampleEvents.Read("ignore-run-instances.json")), Wait);
        Assert.True(warm.IsResponse, function.Output);
        if (slowEc2)
        {
            standIns.Ec2.Faults.Delay(SlowEc2);
        }

        if (slowSns is { } delay)
        {
            standIns.Sns.Faults.DelayNext(10, delay);
        }

        var clock = Stopwatch.StartNew();
        var report = await standIns.Runtime.WaitForAsync(standIns.Runtime.Enqueue(SampleEvents.CreateRoute(table.Id), timeLeft), Wait);
        var margin = timeLeft - clock.Elapsed;
        output.WriteLine($"time left {timeLeft.TotalSeconds:0.0} s: {report.Kind} {report.ErrorType}, answered about {margin.TotalMilliseconds:0} ms before the deadline");
        return new Run(
            report,
            standIns.Ec2.Calls.Total,
            standIns.Ec2.Calls.Count("ReplaceRoute"),
            standIns.Sns.Calls.All.Count(c => c.Status == 200),
            standIns.Sqs.Received.Count,
            function.Output);
    }

    /// <param name="Ec2Calls">All of the event's: the warm-up event reads nothing.</param>
    private sealed record Run(RuntimeReport Report, int Ec2Calls, int Replaced, int Published, int Kept, string Log);
}
