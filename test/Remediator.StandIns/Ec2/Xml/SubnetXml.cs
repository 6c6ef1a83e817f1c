using System.Security.Cryptography;
using System.Text;
using Remediator.Network;
using Remediator.StandIns.Ec2.Protocol;

namespace Remediator.StandIns.Ec2.Xml;

/// <summary>A subnet as DescribeSubnets lists it; an IPv6-only subnet has no <c>cidrBlock</c> and is <c>ipv6Native</c>.</summary>
internal static class SubnetXml
{
    public static void Write(Ec2Xml xml, Subnet subnet, string accountId)
    {
        xml.Element("subnetId", subnet.Id);
        xml.Element("state", "available");
        xml.Element("vpcId", subnet.VpcId);
        xml.Element("ownerId", accountId);
        xml.Optional("cidrBlock", subnet.Ipv4Cidr);
        xml.Set("ipv6CidrBlockAssociationSet", subnet.Ipv6Cidrs, (x, cidr) =>
        {
            x.Element("ipv6CidrBlock", cidr);
            x.Element("associationId", AssociationId(subnet.Id, cidr));
            x.Start("ipv6CidrBlockState");
            x.Element("state", "associated");
            x.End();
        });
        xml.Element("defaultForAz", false);
        xml.Element("mapPublicIpOnLaunch", subnet.MapPublicIpOnLaunch);
        xml.Element("assignIpv6AddressOnCreation", false);
        xml.Element("ipv6Native", subnet.IsIpv6Only);
        TagXml.Write(xml, subnet.Tags);
    }

    // Stable across calls, so that a client comparing two reads sees the same association.
    private static string AssociationId(string subnetId, string cidr)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(subnetId + "|" + cidr));
        return "subnet-cidr-assoc-" + Convert.ToHexStringLower(hash)[..17];
    }
}
