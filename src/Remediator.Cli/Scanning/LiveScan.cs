using System.Globalization;
using Amazon;
using Amazon.Runtime;
using Remediator.Aws.Accounts;
using Remediator.Cli.Hosting;
using Remediator.Cli.Live;
using Remediator.Cli.Rendering;
using Remediator.Ec2.Reading;
using Remediator.Failures;
using Remediator.Triggers;
using Spectre.Console;

namespace Remediator.Cli.Scanning;

/// <summary>
/// Reads every region of a live scan, read-only, at most <paramref name="concurrency"/> (account, region) pairs at
/// once, each with an EC2 client of its own that is disposed when it is read: the caller's own account, where a
/// failed call ends the scan; or each account of an organization through its role, where an account whose role
/// cannot be assumed, or a region that cannot be read, is reported and the others are still scanned.
/// </summary>
/// <param name="showProgress">Draw a progress bar per region, or per account of an organization.</param>
internal sealed class LiveScan(Scanner scanner, IAnsiConsole console, bool showProgress, int concurrency, TimeProvider clock)
{
    public async Task<ScanReport> OwnAccountAsync(AwsAccount account, IReadOnlyList<string> regions, CancellationToken cancellationToken)
    {
        using var turns = new ConcurrencyLimit(concurrency);
        var parts = await ScanProgress.RunAsync(console, showProgress, [.. regions.Select(r => ($"Reading {r}", 1))], progress =>
            Task.WhenAll(regions.Select((region, i) => turns.RunAsync(async () =>
            {
                var part = await ReadAsync(account, null, region, null, cancellationToken).ConfigureAwait(false);
                progress.Step(i);
                return part;
            }, cancellationToken)))).ConfigureAwait(false);
        return ScanReport.Of($"{string.Join(", ", regions)} with {account.Source} (live, read-only)", parts, organization: false);
    }

    /// <param name="regions">Of one partition: the role's ARN and STS are the partition's; STS is called in the first.</param>
    public async Task<ScanReport> OrganizationAsync(
        AwsAccount caller, OrganizationScope scope, IReadOnlyList<string> regions, CancellationToken cancellationToken)
    {
        var partition = PartitionOf(regions);
        using var members = caller.Members(scope.Role, regions[0], clock);
        using var turns = new ConcurrencyLimit(concurrency);
        var bars = scope.Accounts.Select(a => ($"Reading {a}", regions.Count)).ToList();
        var parts = await ScanProgress.RunAsync(console, showProgress, bars, progress =>
            Task.WhenAll(scope.Accounts.Select((account, i) =>
                AccountAsync(new Sweep(caller, members, partition, regions, turns, progress), account, i, cancellationToken)))).ConfigureAwait(false);
        var source = $"{Count(scope.Accounts.Count, "account")} × {Count(regions.Count, "region")} ({string.Join(", ", regions)}) " +
                     $"through role {scope.Role.Name} with {caller.Source} (live, read-only)";
        return ScanReport.Of(source, [.. parts.SelectMany(p => p)], organization: true);
    }

    /// <summary>One AssumeRole for the account, then its regions; each takes a turn of the concurrency limit while it talks to AWS.</summary>
    /// <param name="bar">The account's progress bar.</param>
    private async Task<ScanPart[]> AccountAsync(Sweep sweep, string account, int bar, CancellationToken cancellationToken)
    {
        AWSCredentials credentials;
        try
        {
            credentials = await sweep.Turns.RunAsync(() => sweep.Members.ForAsync(sweep.Partition, account, cancellationToken), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (OperationFailedException e)
        {
            sweep.Progress.Stop(bar, "the role could not be assumed");
            return [ScanPart.Failed(new ScanFailure(account, null, OneLine(e.Message)))];
        }

        return await Task.WhenAll(sweep.Regions.Select(region => sweep.Turns.RunAsync(async () =>
        {
            ScanPart part;
            try
            {
                part = await ReadAsync(sweep.Caller, account, region, credentials, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationFailedException e)
            {
                part = ScanPart.Failed(new ScanFailure(account, region, OneLine(e.Message)));
            }

            sweep.Progress.Step(bar);
            return part;
        }, cancellationToken))).ConfigureAwait(false);
    }

    /// <param name="member">The member account read through its role's <paramref name="credentials"/>; absent: the caller's own.</param>
    private async Task<ScanPart> ReadAsync(
        AwsAccount account, string? member, string region, AWSCredentials? credentials, CancellationToken cancellationToken)
    {
        using var ec2 = account.Ec2(region, credentials: credentials);
        var snapshot = await new Ec2NetworkReader(ec2).ReadAsync([new RegionScope(region)], cancellationToken).ConfigureAwait(false);
        return scanner.Scan(member, region, snapshot);
    }

    /// <summary>The partition of every region (aws, aws-cn, aws-us-gov…), as the SDK's endpoint data knows it.</summary>
    private static string PartitionOf(IReadOnlyList<string> regions)
    {
        var partitions = regions.Select(r => RegionEndpoint.GetBySystemName(r).PartitionName).Distinct(StringComparer.Ordinal).ToList();
        return partitions.Count == 1
            ? partitions[0]
            : throw new BadInputException(
                $"--region {string.Join(", ", regions)} are in the partitions {string.Join(" and ", partitions)}; a role and its credentials belong to one: scan each partition on its own.");
    }

    /// <summary>What every account of one organization scan shares.</summary>
    /// <param name="Partition">Of every region, for the role's ARN.</param>
    private sealed record Sweep(
        AwsAccount Caller, MemberCredentials Members, string Partition, IReadOnlyList<string> Regions, ConcurrencyLimit Turns, ScanProgress Progress);

    private static string Count(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
