using Remediator.Aws.Accounts;
using Remediator.Ec2;
using Remediator.Handling;
using Remediator.Judgement;
using Remediator.Network;
using Remediator.Planning;
using Remediator.Settings;
using Remediator.Sns;
using Remediator.Sqs;
using Remediator.StandIns.Doubles;
using Remediator.StandIns.Ec2;
using Remediator.StandIns.Hosting;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Signing;
using Remediator.StandIns.Sns;
using Remediator.StandIns.Sqs;

namespace Remediator.StandIns.Chaos;

/// <summary>
/// The function as it is composed in Lambda, in process: the real handler on the real EC2 (own account and, through
/// STS, a member account), SNS and SQS clients with their production retry settings, each talking to its stand-in,
/// every stand-in failing at random as <see cref="Schedule"/> says. Only the log and the metrics are doubles.
/// </summary>
public sealed class ChaosRig : IAsyncDisposable
{
    private const string FunctionArn = $"arn:aws:lambda:{SampleEvents.Region}:{SampleEvents.Account}:function:remediator";

    private readonly Ec2NetworkAccess access;
    private readonly SnsPublishClient snsClient;
    private readonly Amazon.SQS.IAmazonSQS sqsClient;

    private ChaosRig(ChaosSchedule schedule, Ec2StandIn ec2, MemberAccountStandIns member, SnsStandIn sns, SqsStandIn sqs)
    {
        (Schedule, Ec2, Member, Sns, Sqs) = (schedule, ec2, member, sns, sqs);
        var topic = sns.Topics.Create("remediator");
        access = new Ec2NetworkAccess(
            () => FunctionArn,
            SampleEvents.Region,
            MemberCredentials.Create(
                SampleEvents.Region, new MemberRole(MemberAccountStandIns.RoleName, ExternalId: null), TimeProvider.System,
                serviceUrl: member.Sts.Url, credentials: StandInCredentials.Basic()),
            TimeProvider.System,
            ownCredentials: StandInCredentials.Basic(),
            serviceUrl: ec2.Url);
        snsClient = SnsClientFactory.Create(new FakeEnvironment(("AWS_ENDPOINT_URL_SNS", sns.Url.ToString())), credentials: StandInCredentials.Basic());
        sqsClient = SqsClientFactory.Create(SampleEvents.Region, sqs.Url, StandInCredentials.Basic());
        Handler = HandlerFactory.Create(
            new RemediationSettings(Mode.Remediate, ClassificationRules.Default),
            new HandlerPorts(access, new SnsNotificationPublisher(snsClient, topic), new SqsUndeliveredNotifications(sqsClient, sqs.QueueUrl), Log, new CollectingMetrics()));
    }

    public ChaosSchedule Schedule { get; }

    public Ec2StandIn Ec2 { get; }

    public MemberAccountStandIns Member { get; }

    public SnsStandIn Sns { get; }

    public SqsStandIn Sqs { get; }

    public CollectingLog Log { get; } = new();

    public RemediationHandler Handler { get; }

    public static async Task<ChaosRig> StartAsync(ChaosSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var empty = new NetworkSnapshot([], [], [], []);
        var ec2 = await Ec2StandIn.StartAsync(new Ec2World(empty)).ConfigureAwait(false);
        var member = await MemberAccountStandIns.StartAsync(StandInCredentials.Default, ec2, empty).ConfigureAwait(false);

        // Credentials that expire within the renewal margin are assumed afresh for every member event, so STS is in every one.
        member.Sts.Duration = MemberCredentials.RenewBefore - TimeSpan.FromMinutes(1);
        var sns = await SnsStandIn.StartAsync(StandInCredentials.Default, SampleEvents.Region).ConfigureAwait(false);
        var sqs = await SqsStandIn.StartAsync().ConfigureAwait(false);
        ec2.Faults.FailRandomly(schedule);
        member.Sts.FailRandomly(schedule);
        sns.Faults.FailRandomly(schedule);
        sqs.FailRandomly(schedule);
        return new ChaosRig(schedule, ec2, member, sns, sqs);
    }

    /// <summary>The world a scenario's event is judged in, reset to the scenario's.</summary>
    public Ec2World Prepare(ChaosScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var world = scenario.FromMember ? Member.World : Ec2.World;
        world.Reset(scenario.World);
        return world;
    }

    public async ValueTask DisposeAsync()
    {
        access.Dispose();
        snsClient.Dispose();
        sqsClient.Dispose();
        await Sqs.DisposeAsync().ConfigureAwait(false);
        await Sns.DisposeAsync().ConfigureAwait(false);
        await Member.DisposeAsync().ConfigureAwait(false);
        await Ec2.DisposeAsync().ConfigureAwait(false);
    }
}
