using Remediator.Network;
using Remediator.StandIns.Ec2.Protocol;
using Remediator.StandIns.Ec2.Querying;
using Remediator.StandIns.Ec2.World;
using Remediator.StandIns.Ec2.Xml;

namespace Remediator.StandIns.Ec2.Actions;

/// <summary>DescribeManagedPrefixLists: <c>PrefixListId.N</c>, <c>Filter.N</c> (owner-id, prefix-list-id, prefix-list-name), <c>MaxResults</c> 1–100, <c>NextToken</c>.</summary>
internal sealed class DescribeManagedPrefixLists : IEc2Action
{
    private readonly Describer<StoredPrefixList> describer = new(
        "PrefixListId",
        p => p.List.Id,
        Ec2Error.PrefixListNotFound,
        new FilterFields<StoredPrefixList>(
            _ => Tags.None,
            ("owner-id", p => [p.List.OwnerId]),
            ("prefix-list-id", p => [p.List.Id]),
            ("prefix-list-name", p => [p.List.Name])),
        (1, 100));

    public string Name => "DescribeManagedPrefixLists";

    public Action<Ec2Xml> Handle(Ec2Request request, Ec2World world)
    {
        var page = world.Read(s => describer.Describe(request, s.PrefixLists.All));
        return xml =>
        {
            xml.Set("prefixListSet", page.Items, (x, list) => PrefixListXml.Write(x, list));
            xml.Optional("nextToken", page.NextToken);
        };
    }
}
