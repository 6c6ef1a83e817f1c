using Remediator.Network;
using Remediator.StandIns.Ec2.Protocol;

namespace Remediator.StandIns.Ec2.Xml;

/// <summary>
/// A route table as DescribeRouteTables lists it. Only explicit associations are listed (plus the main
/// one, without a subnet): the subnets the main table serves implicitly never appear, as in EC2.
/// </summary>
internal static class RouteTableXml
{
    public static void Write(Ec2Xml xml, RouteTable table, string accountId)
    {
        xml.Element("routeTableId", table.Id);
        xml.Element("vpcId", table.VpcId);
        xml.Element("ownerId", accountId);
        xml.Set("routeSet", table.Routes, (x, route) => RouteXml.Write(x, route, accountId));
        xml.Set("associationSet", table.Associations, (x, association) =>
        {
            x.Element("routeTableAssociationId", association.Id);
            x.Element("routeTableId", table.Id);
            x.Optional("subnetId", association.SubnetId);
            x.Element("main", association.IsMain);
            x.Start("associationState");
            x.Element("state", "associated");
            x.End();
        });
        xml.Set("propagatingVgwSet", Array.Empty<string>(), (_, _) => { });
        TagXml.Write(xml, table.Tags);
    }
}
