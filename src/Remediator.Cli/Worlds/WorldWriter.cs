using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Remediator.Cli.Hosting;
using Remediator.Network;

namespace Remediator.Cli.Worlds;

/// <summary>
/// Writes the world that results from an offline <c>--apply</c> to a new folder, in the same files.
/// It edits the original JSON rather than printing the core's records, so that every field Remediator does
/// not read (OwnerId, CIDRs, Origin…) survives and a diff of the two folders shows only what changed: the
/// replaced routes' targets and any egress-only gateway created. Pages are merged into one, as the AWS CLI
/// prints a complete listing.
/// </summary>
internal static class WorldWriter
{
    /// <summary>
    /// Every field in which EC2 reports a route's target, and the instance's owner that goes with an instance
    /// target: a replaced route keeps only its new target.
    /// </summary>
    private static readonly ValueList<string> TargetFields = RouteTarget.Fields.Add("InstanceOwnerId");

    private static readonly JsonWriterOptions Format = new()
    {
        // As the AWS CLI prints: four spaces, and text left as it is.
        Indented = true,
        IndentSize = 4,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="before">The world as read from <paramref name="sourceFolder"/>.</param>
    /// <param name="after">The same world with the plans applied.</param>
    public static void Write(string sourceFolder, string targetFolder, NetworkSnapshot before, NetworkSnapshot after)
    {
        CreateEmpty(targetFolder);
        foreach (var file in WorldFile.All)
        {
            var items = new JsonArray();
            foreach (var page in PagedJsonFile.Pages(Path.Combine(sourceFolder, file.Name), file))
            {
                foreach (var item in page.GetProperty(file.ListName).EnumerateArray())
                {
                    items.Add(JsonNode.Parse(item.GetRawText()));
                }
            }

            if (file == WorldFile.RouteTables)
            {
                ReplaceChangedRoutes(items, before, after);
            }
            else if (file == WorldFile.EgressOnlyInternetGateways)
            {
                AddCreatedGateways(items, before, after);
            }

            Save(Path.Combine(targetFolder, file.Name), new JsonObject { [file.ListName] = items });
        }

        // Remediation never changes VPC Block Public Access or prefix lists: their optional files go over as they are.
        var prefixListFiles = after.RouteTables.SelectMany(t => t.Routes)
            .Where(r => r.Destination.Kind == DestinationKind.PrefixList)
            .Select(r => WorldFile.PrefixListEntries(r.Destination.Value))
            .Distinct();
        foreach (var file in new[] { WorldFile.BlockPublicAccessOptions, WorldFile.BlockPublicAccessExclusions, WorldFile.PrefixLists }.Concat(prefixListFiles))
        {
            var source = Path.Combine(sourceFolder, file.Name);
            if (File.Exists(source))
            {
                Copy(source, Path.Combine(targetFolder, file.Name));
            }
        }
    }

    /// <summary>The resulting world never overwrites anything: the folder must be new, or empty.</summary>
    /// <exception cref="BadInputException">It holds files already.</exception>
    public static void RequireNew(string folder)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new BadInputException($"{folder}: already exists and is not empty (--out); name a new folder for the resulting world.");
        }
    }

    private static void CreateEmpty(string folder)
    {
        RequireNew(folder);
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"{folder}: cannot be created (--out): {e.Message}", e);
        }
    }

    private static void ReplaceChangedRoutes(JsonArray tables, NetworkSnapshot before, NetworkSnapshot after)
    {
        var original = before.RouteTables.ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var table in after.RouteTables)
        {
            var changed = table.Routes.Where(r => !original[table.Id].Routes.Contains(r)).ToList();
            if (changed.Count == 0)
            {
                continue;
            }

            var node = tables.OfType<JsonObject>().First(t => (string?)t["RouteTableId"] == table.Id);
            foreach (var route in changed)
            {
                var routeNode = node["Routes"]!.AsArray().OfType<JsonObject>()
                    .First(r => (string?)r[route.Destination.Kind == DestinationKind.PrefixList ? "DestinationPrefixListId" : "DestinationIpv6CidrBlock"]
                                == route.Destination.Value);
                foreach (var field in TargetFields)
                {
                    routeNode.Remove(field);
                }

                // Remediation only ever points a route at an egress-only gateway.
                routeNode["EgressOnlyInternetGatewayId"] = route.Target.Kind == TargetKind.EgressOnlyInternetGateway
                    ? route.Target.Id
                    : throw new InvalidOperationException($"A remediated route of {table.Id} points at {route.Target}, not an egress-only gateway.");
            }
        }
    }

    private static void AddCreatedGateways(JsonArray gateways, NetworkSnapshot before, NetworkSnapshot after)
    {
        var existing = before.EgressOnlyInternetGateways.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var gateway in after.EgressOnlyInternetGateways.Where(g => !existing.Contains(g.Id)))
        {
            var attachments = new JsonArray();
            foreach (var vpcId in gateway.AttachedVpcIds)
            {
                attachments.Add((JsonNode)new JsonObject { ["State"] = "attached", ["VpcId"] = vpcId });
            }

            var tags = new JsonArray();
            foreach (var (key, value) in gateway.Tags.Values)
            {
                tags.Add((JsonNode)new JsonObject { ["Key"] = key, ["Value"] = value });
            }

            gateways.Add((JsonNode)new JsonObject { ["Attachments"] = attachments, ["EgressOnlyInternetGatewayId"] = gateway.Id, ["Tags"] = tags });
        }
    }

    private static void Save(string path, JsonObject document)
    {
        using var stream = File.Create(path);
        using (var json = new Utf8JsonWriter(stream, Format))
        {
            document.WriteTo(json);
        }

        stream.WriteByte((byte)'\n');
    }

    private static void Copy(string source, string target)
    {
        try
        {
            File.Copy(source, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"{target}: cannot be written (--out): {e.Message}", e);
        }
    }
}
