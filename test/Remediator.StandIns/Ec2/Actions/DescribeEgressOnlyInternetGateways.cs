using Remediator.Network;
using Remediator.StandIns.Ec2.Protocol;
using Remediator.StandIns.Ec2.Querying;
using Remediator.StandIns.Ec2.Xml;

namespace Remediator.StandIns.Ec2.Actions;

/// <summary>
/// DescribeEgressOnlyInternetGateways: <c>EgressOnlyInternetGatewayId.N</c>, <c>MaxResults</c> 5–255,
/// <c>NextToken</c>, and only the filters the reference documents, <c>tag:Key</c> and <c>tag-key</c>:
/// there is no filter by attached VPC, so a caller must read the attachments itself.
/// </summary>
internal sealed class DescribeEgressOnlyInternetGateways : IEc2Action
{
    private readonly Describer<EgressOnlyInternetGateway> describer = new(
        "EgressOnlyInternetGatewayId",
        g => g.Id,
        Ec2Error.EgressOnlyInternetGatewayNotFound,
        new FilterFields<EgressOnlyInternetGateway>(g => g.Tags),
        (5, 255));

    public string Name => "DescribeEgressOnlyInternetGateways";

    public Action<Ec2Xml> Handle(Ec2Request request, Ec2World world)
    {
        var page = world.Read(s => describer.Describe(request, [.. s.EgressOnlyInternetGateways.Values]));
        return xml =>
        {
            xml.Set("egressOnlyInternetGatewaySet", page.Items, EgressOnlyInternetGatewayXml.Write);
            xml.Optional("nextToken", page.NextToken);
        };
    }
}
