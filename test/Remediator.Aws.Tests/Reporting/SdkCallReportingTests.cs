using Amazon.EC2.Model;
using Amazon.Runtime;
using Remediator.Aws.Reporting;
using Remediator.Aws.Tests.Doubles;
using Remediator.Ec2;
using Remediator.Network;
using Remediator.StandIns.Doubles;
using Remediator.StandIns.Ec2;

namespace Remediator.Aws.Tests.Reporting;

/// <summary>The real EC2 client as <see cref="Ec2ClientFactory"/> builds it, reporting its calls to the EC2 stand-in.</summary>
public sealed class SdkCallReportingTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task A_call_the_SDK_retried_is_reported_once_with_its_final_outcome()
    {
        await using var standIn = await Ec2StandIn.StartAsync(new Ec2World(NetworkSnapshot.Empty));
        standIn.Faults.ThrottleNext(1, "DescribeVpcs");
        var log = new CollectingLog();
        using var ec2 = Client(standIn, log);

        await ec2.DescribeVpcsAsync(new DescribeVpcsRequest(), CancellationToken.None);

        Assert.Equal(2, standIn.Calls.Count("DescribeVpcs"));
        Assert.Equal(new CallFields("EC2", "ec2:DescribeVpcs", "250", "ok", null, null), CallFields.Of(Assert.Single(log.Records)));
    }

    [Fact]
    public async Task A_refused_call_is_reported_with_its_classified_code()
    {
        await using var standIn = await Ec2StandIn.StartAsync(new Ec2World(NetworkSnapshot.Empty));
        standIn.Faults.FailNext(1, 403, "UnauthorizedOperation", "DescribeSubnets");
        var log = new CollectingLog();
        using var ec2 = Client(standIn, log);

        await Assert.ThrowsAnyAsync<AmazonServiceException>(() => ec2.DescribeSubnetsAsync(new DescribeSubnetsRequest(), CancellationToken.None));

        Assert.Equal(
            new CallFields("EC2", "ec2:DescribeSubnets", "250", "failed", "AccessDenied", "UnauthorizedOperation"),
            CallFields.Of(Assert.Single(log.Records)));
    }

    [Fact]
    public async Task Calls_side_by_side_are_each_reported()
    {
        await using var standIn = await Ec2StandIn.StartAsync(new Ec2World(NetworkSnapshot.Empty));
        var log = new CollectingLog();
        using var ec2 = Client(standIn, log);

        await Task.WhenAll(
            ec2.DescribeVpcsAsync(new DescribeVpcsRequest(), CancellationToken.None),
            ec2.DescribeSubnetsAsync(new DescribeSubnetsRequest(), CancellationToken.None),
            ec2.DescribeRouteTablesAsync(new DescribeRouteTablesRequest(), CancellationToken.None));

        Assert.Equal(
            ["ec2:DescribeRouteTables", "ec2:DescribeSubnets", "ec2:DescribeVpcs"],
            log.Records.Select(r => CallFields.Of(r).Action).Order(StringComparer.Ordinal));
    }

    private static Amazon.EC2.IAmazonEC2 Client(Ec2StandIn standIn, CollectingLog log) =>
        Ec2ClientFactory.Create(
            "eu-west-1",
            standIn.Url,
            new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
            new CallReporter(log, new SteppingClock(Step)));
}
