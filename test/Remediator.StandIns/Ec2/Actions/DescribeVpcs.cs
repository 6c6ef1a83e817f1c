using Remediator.Network;
using Remediator.StandIns.Ec2.Protocol;
using Remediator.StandIns.Ec2.Querying;
using Remediator.StandIns.Ec2.Xml;

namespace Remediator.StandIns.Ec2.Actions;

/// <summary>DescribeVpcs: <c>VpcId.N</c>, <c>Filter.N</c>, <c>MaxResults</c> 5–1000, <c>NextToken</c>.</summary>
internal sealed class DescribeVpcs(string accountId) : IEc2Action
{
    private readonly Describer<Vpc> describer = new(
        "VpcId",
        v => v.Id,
        Ec2Error.VpcNotFound,
        new FilterFields<Vpc>(
            v => v.Tags,
            ("vpc-id", v => [v.Id]),
            ("owner-id", _ => [accountId]),
            ("state", _ => ["available"]),
            ("is-default", _ => ["false"])),
        (5, 1000));

    public string Name => "DescribeVpcs";

    public Action<Ec2Xml> Handle(Ec2Request request, Ec2World world)
    {
        var page = world.Read(s => describer.Describe(request, [.. s.Vpcs.Values]));
        return xml =>
        {
            xml.Set("vpcSet", page.Items, (x, vpc) => VpcXml.Write(x, vpc, accountId));
            xml.Optional("nextToken", page.NextToken);
        };
    }
}
