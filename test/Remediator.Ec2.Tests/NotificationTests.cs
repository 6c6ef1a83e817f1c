using Remediator.Notifications;
using Remediator.Outcomes;
using Remediator.StandIns.Harnesses;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Worlds;

namespace Remediator.Ec2.Tests;

/// <summary>One message per event that found something, and none lost when SNS cannot be reached.</summary>
public sealed class NotificationTests
{
    [Fact]
    public async Task A_remediation_sends_one_message_and_a_compliant_recheck_sends_none()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());

        await ec2.HandleAsync(SampleEvents.CreateRoute(table.Id));
        await ec2.HandleAsync(SampleEvents.CreateRoute(table.Id));

        var message = Assert.Single(ec2.Doubles.Publisher.Published);
        Assert.Equal(NotificationOutcome.Remediated, message.Outcome);
        Assert.Contains(table.Id, message.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_that_cannot_be_sent_is_kept_whole_and_the_retry_neither_redoes_nor_undoes_the_change()
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        await using var ec2 = await Ec2Harness.StartAsync(network.Snapshot());
        ec2.Doubles.Publisher.FailNext(1);
        var json = SampleEvents.CreateRoute(table.Id);

        var first = await ec2.HandleAsync(json);
        var fixedWorld = ec2.World.Snapshot();
        var mutations = ec2.MutatingCalls;
        var retry = await ec2.HandleAsync(json);

        Assert.True(first.NotificationFailed);
        var kept = Assert.Single(ec2.Doubles.Undelivered.Kept);
        Assert.Equal(NotificationOutcome.Remediated, kept.Notification.Outcome);
        Assert.Contains(table.Id, kept.Notification.Body, StringComparison.Ordinal);
        Assert.False(retry.NotificationFailed);
        Assert.Empty(retry.Outcomes);
        Assert.Equal(mutations, ec2.MutatingCalls);
        Assert.Equal(fixedWorld, ec2.World.Snapshot());
    }
}
