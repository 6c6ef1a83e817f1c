using Remediator.Network;

namespace Remediator.StandIns.Ec2.World;

/// <summary>A managed prefix list the world holds, at its version (every change of its entries makes a new one).</summary>
internal sealed record StoredPrefixList(ManagedPrefixList List, long Version);

/// <summary>
/// The managed prefix lists of the world. EC2 describes a route by the list's id only, so a table put with
/// routes that carry the list read (as a test builds them) gives the world the list and keeps only the id.
/// </summary>
internal sealed class PrefixLists
{
    private readonly SortedDictionary<string, StoredPrefixList> lists = new(StringComparer.Ordinal);

    public IReadOnlyList<StoredPrefixList> All => [.. lists.Values];

    public StoredPrefixList? Find(string id) => lists.GetValueOrDefault(id);

    public void Put(ManagedPrefixList list) =>
        lists[list.Id] = new StoredPrefixList(list, lists.TryGetValue(list.Id, out var stored) ? stored.Version + 1 : 1);

    /// <summary>The table as EC2 describes it, having learnt the lists its routes carried.</summary>
    public RouteTable LearnFrom(RouteTable table)
    {
        foreach (var list in table.Routes.Select(r => r.Destination.PrefixList).OfType<ManagedPrefixList>().Where(l => !lists.ContainsKey(l.Id)))
        {
            Put(list);
        }

        return table.Routes.Any(r => r.Destination.PrefixList is not null)
            ? table with
            {
                Routes = [.. table.Routes.Select(r => r.Destination.PrefixList is { } list ? r with { Destination = RouteDestination.PrefixListId(list.Id) } : r)],
            }
            : table;
    }
}
