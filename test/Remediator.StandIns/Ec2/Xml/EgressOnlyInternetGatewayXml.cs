using Remediator.Network;
using Remediator.StandIns.Ec2.Protocol;

namespace Remediator.StandIns.Ec2.Xml;

internal static class EgressOnlyInternetGatewayXml
{
    public static void Write(Ec2Xml xml, EgressOnlyInternetGateway gateway)
    {
        xml.Element("egressOnlyInternetGatewayId", gateway.Id);
        xml.Set("attachmentSet", gateway.AttachedVpcIds, (x, vpcId) =>
        {
            x.Element("state", "attached");
            x.Element("vpcId", vpcId);
        });
        TagXml.Write(xml, gateway.Tags);
    }
}
