using Remediator.Cli.Scanning;
using Remediator.Planning;
using Spectre.Console;

namespace Remediator.Cli.Rendering;

/// <summary>
/// The findings of a scan for people: one table per VPC, one row per subnet grouped by route table (a
/// repeated table and its routes are left blank), then the exposures with what to do about them, and in an
/// organization scan the accounts and regions that could not be scanned. Each VPC's heading names its region and,
/// in an organization scan, its account, so that the rows stay as narrow as for one account. Ids never wrap; the
/// reasons and actions do.
/// </summary>
internal sealed class ScanTable(IAnsiConsole console)
{
    public void Write(ScanReport report)
    {
        console.WriteLine($"Scanned {report.Source}: {report.Findings.Count} subnets.");
        foreach (var vpc in report.Findings.GroupBy(f => (f.Account, f.Region, f.VpcId)))
        {
            console.WriteLine();
            console.WriteLine(
                $"VPC {vpc.Key.VpcId}{(vpc.Key.Region is null ? "" : $" in {vpc.Key.Region}")}{(vpc.Key.Account is null ? "" : $" of account {vpc.Key.Account}")}");
            console.Write(Table(vpc));
        }

        console.WriteLine();
        WriteExposures(report.Exposures, complete: report.Failures is not { Count: > 0 });
        if (report.Failures is { Count: > 0 } failures)
        {
            console.WriteLine();
            console.WriteLine("Could not scan:");
            console.Write(FailureTable(failures));
        }
    }

    private static Table Table(IEnumerable<Finding> findings)
    {
        var table = new Table()
            .Border(TableBorder.Rounded)
            .AddColumns(
                new TableColumn("Subnet").NoWrap(),
                new TableColumn("Route table").NoWrap(),
                new TableColumn("IPv6 routes leaving the VPC").NoWrap(),
                new TableColumn("Classification: reason"),
                new TableColumn("Planned action"));
        string? previousTable = null;
        foreach (var finding in findings)
        {
            var sameTable = finding.RouteTableId is not null && finding.RouteTableId == previousTable;
            table.AddRow(
                new Text(finding.SubnetId),
                new Text(sameTable ? "" : (finding.RouteTableId ?? "none") + (finding.MainRouteTable ? "\n(main)" : "")),
                new Text(sameTable ? "" : finding.Routes.Count == 0 ? "none" : string.Join("\n", finding.Routes)),
                new Text($"{finding.Classification}: {finding.Reason}"),
                new Text((finding.Exposed ? "EXPOSED; " : "") + finding.Action
                    + (finding.InboundIpv6 is { } inbound ? $"; inbound IPv6 {inbound} (--json says why)" : "")));
            previousTable = finding.RouteTableId;
        }

        return table;
    }

    private static Table FailureTable(IEnumerable<ScanFailure> failures)
    {
        var table = new Table()
            .Border(TableBorder.Rounded)
            .AddColumns(new TableColumn("Account").NoWrap(), new TableColumn("Region").NoWrap(), new TableColumn("Reason"));
        foreach (var failure in failures)
        {
            table.AddRow(new Text(failure.Account), new Text(failure.Region ?? "every region"), new Text(failure.Reason));
        }

        return table;
    }

    /// <param name="complete">Every account and region was read, so no exposure means none anywhere.</param>
    private void WriteExposures(IReadOnlyList<Exposure> exposures, bool complete)
    {
        if (exposures.Count == 0)
        {
            console.WriteLine(complete
                ? "No exposure: no private subnet can be reached from the IPv6 internet."
                : "No exposure in the accounts and regions scanned; those below could not be scanned.");
            return;
        }

        console.WriteLine($"{exposures.Count} {(exposures.Count == 1 ? "route exposes" : "routes expose")} private subnets to the IPv6 internet:");
        foreach (var e in exposures)
        {
            var what = e.Kind == DecisionKind.ReplaceRoutes
                ? "Remediator replaces it (invoke --apply, or the function in remediate mode)"
                : "Remediator only reports it: give the private subnets a route table of their own";
            console.WriteLine($"  {(e.Account is null ? "" : e.Account + " ")}{(e.Region is null ? "" : e.Region + " ")}{e.RouteTableId} {e.Destination} → {e.Target}: {what}");
        }
    }
}
