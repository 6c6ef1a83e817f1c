using System.Globalization;
using Remediator.StandIns.Ec2.Protocol;
using Remediator.StandIns.Ec2.World;

namespace Remediator.StandIns.Ec2.Xml;

/// <summary>A managed prefix list as DescribeManagedPrefixLists and ModifyManagedPrefixList describe it. A world is one region, eu-west-1.</summary>
internal static class PrefixListXml
{
    public static void Write(Ec2Xml xml, StoredPrefixList stored, string state = "create-complete")
    {
        var list = stored.List;
        xml.Element("prefixListId", list.Id);
        xml.Element("addressFamily", list.IsIpv6 ? "IPv6" : "IPv4");
        xml.Element("state", state);
        xml.Element("prefixListArn", $"arn:aws:ec2:eu-west-1:{list.OwnerId.ToLowerInvariant()}:prefix-list/{list.Id}");
        xml.Element("prefixListName", list.Name);
        xml.Element("maxEntries", Math.Max(list.Cidrs.Count, 10));
        xml.Element("version", stored.Version.ToString(CultureInfo.InvariantCulture));
        xml.Element("ownerId", list.OwnerId);
    }
}
