using BenchmarkDotNet.Attributes;
using Remediator.Judgement;
using Remediator.Network;
using Remediator.Planning;
using Remediator.Triggers;

namespace Remediator.Benchmarks.Warm;

/// <summary>
/// Judge and plan one VPC of 50 subnets and 20 route tables (see <see cref="BenchmarkVpc"/>), in the steps
/// an invocation takes, so that the cost of each shows: the subnet-to-table index, the judgement within one
/// trigger's scope, a whole-VPC judgement, and parse + judge + plan of the CreateRoute event end to end.
/// </summary>
public class JudgeAndPlanBenchmarks
{
    private readonly BenchmarkVpc vpc = BenchmarkVpc.Build();
    private readonly TriggerParser parser = new(ClassificationRules.Default);
    private readonly RemediationPlanner planner = new(ClassificationRules.Default, Mode.Remediate);

    [Benchmark]
    public VpcNetwork IndexSubnetsToTables() => vpc.Snapshot.ByVpc().Single();

    [Benchmark]
    public ValueList<RemediationPlan> PlanRouteTableScope() => planner.Plan(vpc.Snapshot, vpc.RouteTableScope);

    [Benchmark]
    public ValueList<RemediationPlan> PlanSubnetScope() => planner.Plan(vpc.Snapshot, vpc.SubnetScope);

    [Benchmark]
    public ValueList<RemediationPlan> PlanWholeVpc() => planner.Plan(vpc.Snapshot);

    [Benchmark]
    public ValueList<RemediationPlan> ParseJudgeAndPlanCreateRoute() =>
        parser.Parse(vpc.CreateRouteEvent) is Triggered { Trigger: var trigger }
            ? planner.Plan(vpc.Snapshot, trigger.Scopes)
            : throw new InvalidOperationException("The CreateRoute event did not trigger a re-check.");
}
