using Remediator.Network;
using Remediator.StandIns.Ec2.Protocol;

namespace Remediator.StandIns.Ec2.Xml;

internal static class TagXml
{
    public static void Write(Ec2Xml xml, Tags tags) => xml.Set("tagSet", tags.Values, (x, tag) =>
    {
        x.Element("key", tag.Key);
        x.Element("value", tag.Value);
    });
}
