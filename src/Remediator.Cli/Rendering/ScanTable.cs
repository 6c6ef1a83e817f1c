using Remediator.Cli.Scanning;
using Remediator.Planning;
using Spectre.Console;

namespace Remediator.Cli.Rendering;

/// <summary>
/// The findings of a scan for people: per VPC, one block per route table (its IPv6 routes, then each subnet it serves
/// with its classification and what Remediator would do), then the exposures with what to do about them, and in an
/// organization scan the accounts and regions that could not be scanned. Each VPC's heading names its region and, in
/// an organization scan, its account. Two columns at most, so that it reads in an 80-column terminal: ids never wrap
/// or shorten, reasons and actions wrap beside them.
/// </summary>
internal sealed class ScanTable(IAnsiConsole console)
{
    public void Write(ScanReport report)
    {
        Line($"Scanned {report.Source}: {report.Findings.Count} subnets.");
        foreach (var vpc in report.Findings.GroupBy(f => (f.Account, f.Region, f.VpcId)))
        {
            console.WriteLine();
            Line($"VPC {vpc.Key.VpcId}{(vpc.Key.Region is null ? "" : $" in {vpc.Key.Region}")}{(vpc.Key.Account is null ? "" : $" of account {vpc.Key.Account}")}");
            foreach (var table in vpc.GroupBy(f => (f.RouteTableId, f.MainRouteTable)))
            {
                console.Write(new TrimmedLines(Indented(TableBlock(table.Key.RouteTableId, table.Key.MainRouteTable, [.. table]), 2)));
            }
        }

        console.WriteLine();
        WriteExposures(report.Exposures, complete: report.Failures is not { Count: > 0 });
        if (report.Failures is { Count: > 0 } failures)
        {
            console.WriteLine();
            Line("Could not scan:");
            console.Write(FailureTable(failures));
        }
    }

    /// <summary>A route table's routes once, then a row per subnet it serves.</summary>
    private static Rows TableBlock(string? routeTableId, bool main, IReadOnlyList<Finding> findings)
    {
        var heading = routeTableId is null ? "No route table serves these subnets" : $"Route table {routeTableId}{(main ? " (main)" : "")}";
        var routes = findings[0].Routes;
        var grid = new Grid()
            .AddColumn(new GridColumn().NoWrap().PadRight(2))
            .AddColumn(new GridColumn());
        if (routeTableId is not null)
        {
            grid.AddRow(new Text("IPv6 routes"), new Text(routes.Count == 0 ? "none leave the VPC" : string.Join("\n", routes)));
        }

        foreach (var finding in findings)
        {
            grid.AddRow(new Text(finding.SubnetId), new Text($"{finding.Classification}: {finding.Reason}\n{Action(finding)}"));
        }

        return new Rows(new Text(""), new Text(heading), Indented(grid, 2));
    }

    /// <summary>What Remediator would do about a subnet's table, for people; <c>--json</c> has it by its wire name.</summary>
    private static string Action(Finding finding)
    {
        var action = finding.Action switch
        {
            FindingAction.ReplaceRoutes =>
                "remediate: " + string.Join(", ", finding.Routes.Select(r => $"{r.Destination} → {PlanText.After(r.After)}")),
            FindingAction.NeedsDedicatedRouteTable => "report: needs a dedicated route table",
            FindingAction.LeftExempt => "none: exempt",
            FindingAction.Compliant => "none: compliant",
            FindingAction.NoIpv6Cidr => "none: no IPv6 CIDR",
            FindingAction.PublicSubnet => "none: public subnet",
            _ => "none: not judged",
        };
        return (finding.Exposed ? "EXPOSED; " : "") + action
               + (finding.InboundIpv6 is { } inbound ? $"; inbound IPv6 {inbound} (--json says why)" : "");
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
            Line(complete
                ? "No exposure: no private subnet can be reached from the IPv6 internet."
                : "No exposure in the accounts and regions scanned; those below could not be scanned.");
            return;
        }

        Line($"{exposures.Count} {(exposures.Count == 1 ? "route exposes" : "routes expose")} private subnets to the IPv6 internet:");
        foreach (var e in exposures)
        {
            var what = e.Kind == DecisionKind.ReplaceRoutes
                ? "Remediator replaces it (invoke --apply, or the function in remediate mode)"
                : "Remediator only reports it: give the private subnets a route table of their own";
            console.Write(new TrimmedLines(Indented(
                new Text($"{(e.Account is null ? "" : e.Account + " ")}{(e.Region is null ? "" : e.Region + " ")}{e.RouteTableId} {e.Destination} → {e.Target}: {what}"),
                2)));
        }
    }

    /// <summary>A line that wraps at the console's width, as plain text (ids hold no markup).</summary>
    private void Line(string text) => console.Write(new TrimmedLines(new Text(text)));

    private static Padder Indented(Spectre.Console.Rendering.IRenderable content, int columns) => new Padder(content).Padding(columns, 0, 0, 0);
}
