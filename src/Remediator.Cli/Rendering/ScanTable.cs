using Remediator.Cli.Scanning;
using Remediator.Planning;
using Spectre.Console;

namespace Remediator.Cli.Rendering;

/// <summary>
/// The findings of a scan for people: one table per VPC, one row per subnet grouped by route table (a
/// repeated table and its routes are left blank), then the exposures with what to do about them. Ids never
/// wrap; the reasons and actions do.
/// </summary>
internal sealed class ScanTable(IAnsiConsole console)
{
    public void Write(ScanReport report)
    {
        console.WriteLine($"Scanned {report.Source}: {report.Findings.Count} subnets.");
        foreach (var vpc in report.Findings.GroupBy(f => (f.Region, f.VpcId)))
        {
            console.WriteLine();
            console.WriteLine($"VPC {vpc.Key.VpcId}{(vpc.Key.Region is null ? "" : $" in {vpc.Key.Region}")}");
            console.Write(Table(vpc));
        }

        console.WriteLine();
        WriteExposures(report.Exposures);
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
                new Text((finding.Exposed ? "EXPOSED; " : "") + finding.Action));
            previousTable = finding.RouteTableId;
        }

        return table;
    }

    private void WriteExposures(IReadOnlyList<Exposure> exposures)
    {
        if (exposures.Count == 0)
        {
            console.WriteLine("No exposure: no private subnet can be reached from the IPv6 internet.");
            return;
        }

        console.WriteLine($"{exposures.Count} {(exposures.Count == 1 ? "route exposes" : "routes expose")} private subnets to the IPv6 internet:");
        foreach (var e in exposures)
        {
            var what = e.Kind == DecisionKind.ReplaceRoutes
                ? "Remediator replaces it (invoke --apply, or the function in remediate mode)"
                : "Remediator only reports it: give the private subnets a route table of their own";
            console.WriteLine($"  {(e.Region is null ? "" : e.Region + " ")}{e.RouteTableId} {e.Destination} → {e.Target}: {what}");
        }
    }
}
