using Remediator.StandIns.Ec2.Protocol;
using Remediator.StandIns.Ec2.Querying;

namespace Remediator.StandIns.Ec2.Actions;

/// <summary>
/// GetManagedPrefixListEntries: <c>PrefixListId</c> (an unknown one is <c>InvalidPrefixListId.NotFound</c>), the
/// current version's entries in CIDR order, <c>MaxResults</c> 1–100, <c>NextToken</c>.
/// </summary>
internal sealed class GetManagedPrefixListEntries : IEc2Action
{
    public string Name => "GetManagedPrefixListEntries";

    public Action<Ec2Xml> Handle(Ec2Request request, Ec2World world)
    {
        var id = request.Required("PrefixListId");
        if (request.Int("MaxResults") is { } max and (< 1 or > 100))
        {
            throw Ec2Error.InvalidParameterValue($"Value ( {max} ) for parameter maxResults is invalid.").ToException();
        }

        var cidrs = world.Read(s => s.PrefixLists.Find(id)) is { } stored
            ? stored.List.Cidrs.Order(StringComparer.Ordinal).ToList()
            : throw Ec2Error.PrefixListNotFound(id).ToException();
        var after = request.Get("NextToken") is { } token ? PageToken.LastId(token) : null;
        var remaining = cidrs.Where(c => after is null || string.CompareOrdinal(c, after) > 0).ToList();
        var page = request.Int("MaxResults") is { } size ? remaining.Take(size).ToList() : remaining;
        var next = page.Count < remaining.Count ? PageToken.After(page[^1]) : null;
        return xml =>
        {
            xml.Set("entrySet", page, (x, cidr) => x.Element("cidr", cidr));
            xml.Optional("nextToken", next);
        };
    }
}
