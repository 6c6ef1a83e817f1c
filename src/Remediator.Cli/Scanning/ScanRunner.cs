using System.Text.Json;
using Remediator.Cli.Hosting;
using Remediator.Cli.Live;
using Remediator.Cli.Rendering;
using Remediator.Cli.Worlds;
using Remediator.Ec2.Reading;
using Remediator.Judgement;
using Remediator.Network;
using Remediator.Triggers;
using Spectre.Console;

namespace Remediator.Cli.Scanning;

/// <summary>
/// <c>remediator scan</c>: reads a world, or every VPC of one or more regions (read-only: only Describe
/// calls), judges it as the scheduled sweep does, and prints the findings as a table or as JSON.
/// </summary>
internal sealed class ScanRunner(CliHost host)
{
    public async Task<int> RunAsync(ScanOptions options, CancellationToken cancellationToken)
    {
        var scanner = new Scanner(options.Rules);
        if (options.World is not null && (options.Profile is not null || options.Regions.Count > 0))
        {
            throw new BadInputException("--profile and --region are for live scans; a scan of a world (--world) is offline.");
        }

        var console = ConsoleFactory.Create(host.Out, host.OutIsTerminal);
        var (source, scans) = options.World is { } world
            ? ($"world {world} (offline)", [scanner.Scan(null, WorldFolder.Read(world))])
            : await LiveAsync(options, scanner, console, cancellationToken).ConfigureAwait(false);
        var report = new ScanReport(source, [.. scans.SelectMany(s => s.Findings)], [.. scans.SelectMany(s => s.Exposures)]);
        if (options.Json)
        {
            host.Out.WriteLine(JsonSerializer.Serialize(report, ScanJsonContext.Default.ScanReport));
        }
        else
        {
            new ScanTable(console).Write(report);
        }

        return report.Exposures.Count > 0 ? ExitCodes.ExposureFound : ExitCodes.NoExposure;
    }

    private async Task<(string, List<(List<Finding> Findings, List<Exposure> Exposures)>)> LiveAsync(
        ScanOptions options, Scanner scanner, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var account = await AwsAccount.ConnectAsync(options.Profile, host.Environment).ConfigureAwait(false);
        List<string> regions = options.Regions.Count > 0
            ? [.. options.Regions.Distinct(StringComparer.Ordinal).Select(r => RegionChoice.Check(r, "--region"))]
            : [RegionChoice.Resolve(null, null, account, host.Environment)];
        var snapshots = new NetworkSnapshot[regions.Count];
        async Task ReadAllAsync(Func<int, Task> afterEach) =>
            await Task.WhenAll(regions.Select(async (region, i) =>
            {
                using var ec2 = account.Ec2(region);
                snapshots[i] = await new Ec2NetworkReader(ec2).ReadAsync([new RegionScope(region)], cancellationToken).ConfigureAwait(false);
                await afterEach(i).ConfigureAwait(false);
            })).ConfigureAwait(false);

        // A sweep of many regions takes a while: show it on a terminal, and keep pipes and JSON clean.
        if (host.OutIsTerminal && !options.Json)
        {
            await console.Progress().StartAsync(async progress =>
            {
                var tasks = regions.Select(r => progress.AddTask($"Reading {r}", maxValue: 1)).ToList();
                await ReadAllAsync(i =>
                {
                    tasks[i].Increment(1);
                    return Task.CompletedTask;
                }).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        else
        {
            await ReadAllAsync(_ => Task.CompletedTask).ConfigureAwait(false);
        }

        var source = $"{string.Join(", ", regions)} with {account.Source} (live, read-only)";
        return (source, [.. regions.Select((region, i) => scanner.Scan(region, snapshots[i]))]);
    }
}
