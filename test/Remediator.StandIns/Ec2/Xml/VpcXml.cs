using Remediator.Network;
using Remediator.StandIns.Ec2.Protocol;

namespace Remediator.StandIns.Ec2.Xml;

/// <summary>A VPC as DescribeVpcs lists it. Remediator's record has no CIDR, so none is described.</summary>
internal static class VpcXml
{
    public static void Write(Ec2Xml xml, Vpc vpc, string accountId)
    {
        xml.Element("vpcId", vpc.Id);
        xml.Element("ownerId", accountId);
        xml.Element("state", "available");
        xml.Element("instanceTenancy", "default");
        xml.Element("isDefault", false);
        TagXml.Write(xml, vpc.Tags);
    }
}
