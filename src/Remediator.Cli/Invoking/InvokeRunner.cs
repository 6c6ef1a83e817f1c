using Remediator.Aws.Reporting;
using Remediator.Cli.Hosting;
using Remediator.Cli.Live;
using Remediator.Cli.Rendering;
using Remediator.Cli.Scanning;
using Remediator.Cli.Worlds;
using Remediator.Delivery;
using Remediator.Ec2.Acting;
using Remediator.Ec2.Reading;
using Remediator.Handling;
using Remediator.Judgement;
using Remediator.Network;
using Remediator.Notifications;
using Remediator.Planning;
using Remediator.Ports;
using Remediator.Settings;
using Remediator.Sns;
using Remediator.Telemetry;
using Remediator.Triggers;

namespace Remediator.Cli.Invoking;

/// <summary>
/// <c>remediator invoke</c>: runs the function's own <see cref="RemediationHandler"/> on an event file, over a
/// world folder (offline) or the user's account (live). Both are read-only unless <c>--apply</c> is given;
/// SNS is never called unless <c>--notify</c> is given on a live run.
/// </summary>
internal sealed class InvokeRunner(CliHost host)
{
    /// <summary>The function's structured log lines, with DEBUG's AWS calls, for those who want to see them (--verbose).</summary>
    private JsonLinesLog Log(InvokeOptions options) =>
        new(options.Verbose ? host.Error : TextWriter.Null, host.Clock, LogLevel.Debug, () => null);

    public async Task<int> RunAsync(InvokeOptions options, CancellationToken cancellationToken)
    {
        InvokeOptionsCheck.Check(options);
        var eventJson = ReadEvent(options.EventFile);

        // Parsed once up front: a malformed event is bad input before any AWS access, and its region is the live run's.
        var parsed = new TriggerParser(options.Rules).Parse(eventJson);
        if (parsed is Rejected rejected)
        {
            throw new BadInputException($"{options.EventFile}: {rejected.Error.Message}");
        }

        // The handler would judge an event of an unknown region as if it were real, offline with no complaint at all.
        if (RegionOf(parsed) is { } eventRegion)
        {
            RegionChoice.Check(eventRegion, $"the region of the event {options.EventFile}");
        }

        return options.World is { } world
            ? await OfflineAsync(options, world, parsed, eventJson, cancellationToken).ConfigureAwait(false)
            : await LiveAsync(options, parsed, eventJson, cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> OfflineAsync(InvokeOptions options, string world, ParsedEvent parsed, string eventJson, CancellationToken cancellationToken)
    {
        var reader = new FileWorldReader(world);
        var before = reader.Load();
        var ec2 = new SimulatedEc2(before, host.Clock);
        var result = await HandleAsync(options, Log(options), eventJson, reader, ec2, new UnsentPublisher(), cancellationToken).ConfigureAwait(false);
        var surroundings = new InvokeSurroundings(
            parsed is Triggered triggered ? WorldCoverage.Absent(triggered.Trigger, before) : [],
            ExposedElsewhere(options, ec2.World, result),
            $"remediator scan --world {world}");
        var exitCode = new InvokeReport(host.Out).Write(options.EventFile, $"world {world} (offline)", result, "offline run", surroundings);
        if (options is { Apply: true, Out: { } target })
        {
            WorldWriter.Write(world, target, before, ec2.World);
            host.Out.WriteLine($"The resulting world is in {target}.");
        }

        return exitCode;
    }

    private async Task<int> LiveAsync(InvokeOptions options, ParsedEvent parsed, string eventJson, CancellationToken cancellationToken)
    {
        var account = await AwsAccount.ConnectAsync(options.Profile, host.Environment).ConfigureAwait(false);
        var region = RegionChoice.Resolve(options.Region, RegionOf(parsed), account, host.Environment);
        var log = Log(options);
        var calls = new CallReporter(log, host.Clock);
        using var ec2 = account.Ec2(region, calls);
        using var sns = options.Notify ? SnsClientFactory.Create(host.Environment, credentials: account.Credentials, calls: calls) : null;
        INotificationPublisher publisher = sns is null ? new UnsentPublisher() : new SnsNotificationPublisher(sns, options.TopicArn!);

        var result = await HandleAsync(
            options, log, eventJson, new Ec2NetworkReader(ec2), new Ec2PlanExecutor(ec2, host.Clock), publisher, cancellationToken).ConfigureAwait(false);
        var source = $"{region} with {account.Source} (live{(options.Apply ? ", --apply: routes are changed" : ", read-only")})";
        return new InvokeReport(host.Out).Write(
            options.EventFile, source, result, "--notify --topic-arn ARN publishes it", new InvokeSurroundings([], null, $"remediator scan --region {region}"));
    }

    /// <summary>The tables of the world as the run left it that still expose private subnets, other than those the run judged.</summary>
    private static List<string> ExposedElsewhere(InvokeOptions options, NetworkSnapshot world, HandlingResult result)
    {
        var judged = result.Outcomes.SelectMany(o => o.Tables).Select(t => t.Decision.Table.Id).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. new Scanner(options.Rules).Scan(null, null, world).Exposures
                .Select(e => e.RouteTableId)
                .Where(id => !judged.Contains(id))
                .Distinct(StringComparer.Ordinal),
        ];
    }

    private static string? RegionOf(ParsedEvent parsed) => parsed switch
    {
        Triggered t => t.Trigger.Origin.Region,
        Ignored i => i.Origin?.Region,
        _ => null,
    };

    private Task<HandlingResult> HandleAsync(
        InvokeOptions options, JsonLinesLog log, string eventJson, INetworkReader reader, IPlanExecutor executor, INotificationPublisher publisher, CancellationToken cancellationToken)
    {
        var metrics = new EmbeddedMetricFormat(options.Verbose ? host.Error : TextWriter.Null, host.Clock, [new("FunctionName", "remediator-cli")]);
        var handler = HandlerFactory.Create(
            new RemediationSettings(options.Apply ? Mode.Remediate : Mode.Detect, options.Rules),
            new HandlerPorts(new SingleNetwork(reader, executor), publisher, new PrintedUndelivered(), log, metrics));
        return handler.HandleAsync(eventJson, cancellationToken);
    }

    private static string ReadEvent(string path)
    {
        if (Directory.Exists(path))
        {
            var example = Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal).FirstOrDefault();
            throw new BadInputException(
                $"{path}: is a folder, not an event file; pass one event file{(example is null ? "" : $", e.g. {example}")}.");
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BadInputException($"{path}: no such event file.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"{path}: cannot be read: {e.Message}", e);
        }
    }
}
