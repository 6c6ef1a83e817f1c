using System.Text.Json;
using Remediator.Cli.Hosting;
using Remediator.Cli.Live;
using Remediator.Cli.Rendering;
using Remediator.Cli.Worlds;

namespace Remediator.Cli.Scanning;

/// <summary>
/// <c>remediator scan</c>: reads a world, or every VPC of one or more regions (read-only: only Describe
/// calls) of the caller's account or of each account of an organization, judges it as the scheduled sweep does,
/// and prints the findings as a table or as JSON.
/// </summary>
internal sealed class ScanRunner(CliHost host)
{
    public async Task<int> RunAsync(ScanOptions options, CancellationToken cancellationToken)
    {
        var organization = ScanOptionsCheck.Check(options);
        var scanner = new Scanner(options.Rules);
        var console = ConsoleFactory.Create(host.Out, host.OutIsTerminal);
        var report = options.World is { } world
            ? ScanReport.Of($"world {world} (offline)", [scanner.Scan(null, null, WorldFolder.Read(world))], organization: false)
            : await LiveAsync(options, organization, new LiveScan(scanner, console, host.OutIsTerminal && !options.Json, options.Concurrency, host.Clock), cancellationToken)
                .ConfigureAwait(false);
        if (options.Json)
        {
            host.Out.WriteLine(JsonSerializer.Serialize(report, ScanJsonContext.Default.ScanReport));
        }
        else
        {
            new ScanTable(console).Write(report);
        }

        // An exposure found wins over accounts not read: it is certain, and the output names those.
        return report.Exposures.Count > 0 ? ExitCodes.ExposureFound
            : report.Failures is { Count: > 0 } ? ExitCodes.NotAllScanned
            : ExitCodes.NoExposure;
    }

    private async Task<ScanReport> LiveAsync(ScanOptions options, OrganizationScope? organization, LiveScan scan, CancellationToken cancellationToken)
    {
        var account = await AwsAccount.ConnectAsync(options.Profile, host.Environment).ConfigureAwait(false);
        List<string> regions = options.Regions.Count > 0
            ? [.. options.Regions.Distinct(StringComparer.Ordinal).Select(r => RegionChoice.Check(r, "--region"))]
            : [RegionChoice.Resolve(null, null, account, host.Environment)];
        return organization is null
            ? await scan.OwnAccountAsync(account, regions, cancellationToken).ConfigureAwait(false)
            : await scan.OrganizationAsync(account, organization, regions, cancellationToken).ConfigureAwait(false);
    }
}
