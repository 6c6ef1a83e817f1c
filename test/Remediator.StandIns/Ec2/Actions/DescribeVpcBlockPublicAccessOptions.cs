using Remediator.Network;
using Remediator.StandIns.Ec2.Protocol;

namespace Remediator.StandIns.Ec2.Actions;

/// <summary>DescribeVpcBlockPublicAccessOptions: the region's mode, no parameters.</summary>
internal sealed class DescribeVpcBlockPublicAccessOptions(string accountId) : IEc2Action
{
    public string Name => "DescribeVpcBlockPublicAccessOptions";

    public Action<Ec2Xml> Handle(Ec2Request request, Ec2World world)
    {
        var bpa = world.Read(s => s.BlockPublicAccess);
        return xml =>
        {
            xml.Start("vpcBlockPublicAccessOptions");
            xml.Element("awsAccountId", accountId);
            xml.Element("internetGatewayBlockMode", bpa.Mode.WireName());
            xml.Element(
                "state",
                bpa.UpdateInProgress ? "update-in-progress" : bpa.Mode == InternetGatewayBlockMode.Off ? "default-state" : "update-complete");
            xml.Element("exclusionsAllowed", bpa.ExclusionsAllowed ? "allowed" : "not-allowed");
            xml.End();
        };
    }
}
