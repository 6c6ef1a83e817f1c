using Remediator.Cli.Hosting;
using Remediator.Ec2.Shapes;
using Remediator.Network;

namespace Remediator.Cli.Worlds;

/// <summary>
/// Reads a world: a folder holding the JSON output of four <c>aws ec2 describe-*</c> commands (see
/// <see cref="WorldFile"/>), exported from a real account or written by hand, into one snapshot.
/// </summary>
internal static class WorldFolder
{
    /// <exception cref="BadInputException">A file is missing or unreadable, or not of the CLI's shape.</exception>
    public static NetworkSnapshot Read(string folder)
    {
        if (File.Exists(folder))
        {
            throw new BadInputException(
                $"{folder}: is a file, not a world folder (--world); pass the folder that holds {string.Join(", ", WorldFile.All.Select(f => f.Name))}.");
        }

        if (!Directory.Exists(folder))
        {
            throw new BadInputException($"{folder}: no such folder (--world).");
        }

        // All at once: a user exporting a world by hand fixes them in one go rather than one per run.
        if (WorldFile.All.Where(f => !File.Exists(Path.Combine(folder, f.Name))).ToList() is { Count: > 0 } missing)
        {
            throw new BadInputException($"{folder}: {WorldFile.Missing(missing)}");
        }

        var context = AwsCliJsonContext.Default;
        var vpcs = Distinct(
            PagedJsonFile.ReadItems(folder, WorldFile.Vpcs, context.VpcsPage, p => p.Vpcs), ShapeRecords.Vpc, v => v.Id, "VpcId");
        var subnets = Distinct(
            PagedJsonFile.ReadItems(folder, WorldFile.Subnets, context.SubnetsPage, p => p.Subnets), ShapeRecords.Subnet, s => s.Id, "SubnetId");
        var tables = Distinct(
            PagedJsonFile.ReadItems(folder, WorldFile.RouteTables, context.RouteTablesPage, p => p.RouteTables),
            ShapeRecords.RouteTable,
            t => t.Id,
            "RouteTableId");
        var gateways = Distinct(
            PagedJsonFile.ReadItems(folder, WorldFile.EgressOnlyInternetGateways, context.EgressOnlyInternetGatewaysPage, p => p.EgressOnlyInternetGateways),
            ShapeRecords.EgressOnlyInternetGateway,
            g => g.Id,
            "EgressOnlyInternetGatewayId");

        // The core judges a table with its VPC's exemption tag: a subnet or table of a VPC not exported cannot be judged.
        var vpcIds = vpcs.Select(v => v.Record.Id).ToHashSet(StringComparer.Ordinal);
        RequireKnownVpc(subnets, s => s.VpcId, vpcIds);
        RequireKnownVpc(tables, t => t.VpcId, vpcIds);
        var snapshot = new NetworkSnapshot(
            [.. vpcs.Select(v => v.Record)],
            [.. subnets.Select(s => s.Record)],
            [.. tables.Select(t => t.Record)],
            [.. gateways.Select(g => g.Record)],
            BlockPublicAccess(folder));
        return snapshot.WithPrefixLists(PrefixLists(folder, [.. snapshot.UnreadPrefixListsToInternetGateway]));
    }

    /// <summary>
    /// The prefix lists the world's tables route to an internet gateway, with their entries; a world that routes
    /// none needs no prefix-list file. A list the lists file does not hold stays of no known family, as one EC2
    /// does not describe does.
    /// </summary>
    private static Dictionary<string, ManagedPrefixList> PrefixLists(string folder, List<string> routedToInternetGateway)
    {
        var lists = new Dictionary<string, ManagedPrefixList>(StringComparer.Ordinal);
        if (routedToInternetGateway.Count == 0)
        {
            return lists;
        }

        var listsFile = WorldFile.PrefixLists;
        var missing = routedToInternetGateway.Select(WorldFile.PrefixListEntries).Prepend(listsFile)
            .Where(file => !File.Exists(Path.Combine(folder, file.Name)))
            .ToList();
        if (missing.Count > 0)
        {
            throw new BadInputException(
                $"{folder}: routes prefix lists to an internet gateway ({string.Join(", ", routedToInternetGateway)}), but {WorldFile.Missing(missing)}");
        }

        var context = AwsCliJsonContext.Default;
        var wanted = routedToInternetGateway.ToHashSet(StringComparer.Ordinal);
        foreach (var list in PagedJsonFile.ReadItems(folder, listsFile, context.PrefixListsPage, p => p.PrefixLists)
                     .Where(l => l.Value.PrefixListId is { } id && wanted.Contains(id)))
        {
            var entriesFile = WorldFile.PrefixListEntries(list.Value.PrefixListId!);
            var entries = PagedJsonFile.ReadItems(folder, entriesFile, context.PrefixListEntriesPage, p => p.Entries);
            lists[list.Value.PrefixListId!] = ShapeRecords.ManagedPrefixList(list.Value, [.. entries.Select(e => e.Value)], list.Problem);
        }

        return lists;
    }

    /// <summary>The optional VPC Block Public Access files; a world exported before BPA existed has none.</summary>
    private static BlockPublicAccess BlockPublicAccess(string folder)
    {
        var optionsFile = WorldFile.BlockPublicAccessOptions;
        if (!File.Exists(Path.Combine(folder, optionsFile.Name)))
        {
            return new UnknownBlockPublicAccess($"the world holds no {optionsFile.Name} (make it with `{optionsFile.Export}`)");
        }

        var context = AwsCliJsonContext.Default;
        var options = PagedJsonFile.ReadItems<BlockPublicAccessOptionsPage, VpcBlockPublicAccessOptionsShape>(
            folder, optionsFile, context.BlockPublicAccessOptionsPage, p => p.VpcBlockPublicAccessOptions is { } o ? [o] : null);
        if (options is not [var only])
        {
            throw new BadInputException($"{Path.Combine(folder, optionsFile.Name)}: holds {options.Count} pages of options; expected the output of `{optionsFile.Export}`.");
        }

        var exclusionsFile = WorldFile.BlockPublicAccessExclusions;
        var exclusions = File.Exists(Path.Combine(folder, exclusionsFile.Name))
            ? PagedJsonFile.ReadItems(folder, exclusionsFile, context.BlockPublicAccessExclusionsPage, p => p.VpcBlockPublicAccessExclusions)
                .Select(e => ShapeRecords.Exclusion(e.Value, e.Problem))
            : [];
        return ShapeRecords.BlockPublicAccess(only.Value, only.Problem, exclusions);
    }

    /// <summary>Pages exported twice, or overlapping, would list a resource twice: say so rather than guess.</summary>
    private static List<(TRecord Record, WorldItem<TShape> Item)> Distinct<TShape, TRecord>(
        List<WorldItem<TShape>> items, Func<TShape, ShapeProblem, TRecord> map, Func<TRecord, string> id, string idField)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var records = new List<(TRecord, WorldItem<TShape>)>();
        foreach (var item in items)
        {
            var record = map(item.Value, item.Problem);
            if (!seen.Add(id(record)))
            {
                throw item.Problem(idField, $"repeats {id(record)}, which the file lists already");
            }

            records.Add((record, item));
        }

        return records;
    }

    private static void RequireKnownVpc<TShape, TRecord>(
        List<(TRecord Record, WorldItem<TShape> Item)> records, Func<TRecord, string> vpcOf, HashSet<string> vpcIds)
    {
        foreach (var (record, item) in records.Where(r => !vpcIds.Contains(vpcOf(r.Record))))
        {
            throw item.Problem("VpcId", $"is {vpcOf(record)}, which {WorldFile.Vpcs.Name} does not list; export it with `{WorldFile.Vpcs.Export}`");
        }
    }
}
