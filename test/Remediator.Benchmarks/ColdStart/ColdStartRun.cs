using System.Diagnostics;
using Remediator.StandIns.Calls;
using Remediator.StandIns.Ec2;
using Remediator.StandIns.Hosting;
using Remediator.StandIns.LambdaRuntime;
using Remediator.StandIns.Samples;
using Remediator.StandIns.Sts;
using Remediator.StandIns.Worlds;

namespace Remediator.Benchmarks.ColdStart;

/// <summary>
/// One cold start as Lambda makes it: the event is already queued when the process starts, as it is when
/// an event causes the cold start. The world needs fixing (no EIGW yet, one exposing route), so the process
/// reads, creates the EIGW, replaces the route, publishes to SNS and posts its response. Fresh stand-ins
/// every run, configured as FunctionProcessTests configures them; in organization mode also STS, and the
/// member account's world, as the same network.
/// </summary>
internal static class ColdStartRun
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    public static async Task<ColdStartResult> RunAsync(ColdStartVariant variant)
    {
        var network = new TestNetwork();
        var table = network.LeakyTable(network.PrivateSubnet());
        await using var standIns = await FunctionStandIns.StartAsync(network.Snapshot()).ConfigureAwait(false);
        await using var member = variant.OrganizationMode
            ? await MemberAccountStandIns.StartAsync(FunctionStandIns.RoleKeys, standIns.Ec2, network.Snapshot()).ConfigureAwait(false)
            : null;
        var environment = standIns.Environment();
        member?.Configure(environment);
        var sample = SampleEvents.CreateRoute(table.Id);
        var requestId = standIns.Runtime.Enqueue(variant.FromMember ? MemberAccountStandIns.Forwarded(sample) : sample);
        var fixedIn = variant.FromMember ? member!.World : standIns.Ec2.World;
        return await MeasureAsync(
            variant,
            StartInfo(variant.Build, environment),
            standIns.Runtime,
            requestId,
            (standIns.Ec2.Calls, member?.Sts.Calls),
            () => fixedIn.Ipv6DefaultTarget(table.Id).StartsWith("eigw-", StringComparison.Ordinal)).ConfigureAwait(false);
    }

    private static async Task<ColdStartResult> MeasureAsync(
        ColdStartVariant variant,
        ProcessStartInfo start,
        RuntimeApiStandIn runtime,
        string requestId,
        (CallLog<Ec2Call> Ec2, CallLog<StsCall>? Sts) logs,
        Func<bool> remediated)
    {
        await using var process = TimedFunctionProcess.Start(start, variant.Name);
        var report = await runtime.WaitForAsync(requestId, Wait).ConfigureAwait(false);
        var responded = process.ElapsedMs;
        var peakRss = PeakRss.Kilobytes(process.Id);
        var cpu = ProcessCpu.Milliseconds(process.Id);
        var calls = logs.Ec2.All;
        var assumed = logs.Sts?.All ?? [];
        if (!report.IsResponse || !remediated())
        {
            throw new InvalidOperationException($"{variant.Name} did not fix the route: {report.Kind} {report.Body}\n{process.Text}");
        }

        int Count(string action) => calls.Count(c => c.Action == action);
        return new ColdStartResult(
            variant,
            process.InitMs,
            assumed.Count > 0 ? process.Since(assumed.Min(c => c.ReceivedAt)) : null,
            process.Since(calls.Min(c => c.ReceivedAt)),
            process.Since(calls.First(c => c.Action == "ReplaceRoute").ReceivedAt),
            responded,
            peakRss,
            cpu,
            $"{assumed.Count} AssumeRole, {calls.Count(c => c.Action.StartsWith("Describe", StringComparison.Ordinal))} Describe, " +
            $"{Count("CreateEgressOnlyInternetGateway")} CreateEgressOnlyInternetGateway, {Count("ReplaceRoute")} ReplaceRoute");
    }

    /// <summary>Only what the run gives, as in Lambda: no credentials or endpoints leak in from this machine.</summary>
    private static ProcessStartInfo StartInfo(FunctionBuild build, Dictionary<string, string> environment) =>
        LambdaLikeEnvironment.Apply(build.StartInfo(), environment);
}
