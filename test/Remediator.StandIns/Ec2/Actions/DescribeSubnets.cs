using Remediator.Network;
using Remediator.StandIns.Ec2.Protocol;
using Remediator.StandIns.Ec2.Querying;
using Remediator.StandIns.Ec2.Xml;

namespace Remediator.StandIns.Ec2.Actions;

/// <summary>DescribeSubnets: <c>SubnetId.N</c>, <c>Filter.N</c>, <c>MaxResults</c> 5–1000, <c>NextToken</c>.</summary>
internal sealed class DescribeSubnets(string accountId) : IEc2Action
{
    private readonly Describer<Subnet> describer = new(
        "SubnetId",
        s => s.Id,
        Ec2Error.SubnetNotFound,
        new FilterFields<Subnet>(
            s => s.Tags,
            ("subnet-id", s => [s.Id]),
            ("vpc-id", s => [s.VpcId]),
            ("owner-id", _ => [accountId]),
            ("state", _ => ["available"]),
            ("cidr-block", s => Ipv4(s)),
            ("cidr", s => Ipv4(s)),
            ("cidrBlock", s => Ipv4(s)),
            ("ipv6-cidr-block-association.ipv6-cidr-block", s => s.Ipv6Cidrs),
            ("ipv6-cidr-block-association.state", s => s.Ipv6Cidrs.Select(_ => "associated")),
            ("ipv6-native", s => [s.IsIpv6Only ? "true" : "false"]),
            ("map-public-ip-on-launch", s => [s.MapPublicIpOnLaunch ? "true" : "false"]),
            ("default-for-az", _ => ["false"])),
        (5, 1000));

    public string Name => "DescribeSubnets";

    public Action<Ec2Xml> Handle(Ec2Request request, Ec2World world)
    {
        var page = world.Read(s => describer.Describe(request, [.. s.Subnets.Values]));
        return xml =>
        {
            xml.Set("subnetSet", page.Items, (x, subnet) => SubnetXml.Write(x, subnet, accountId));
            xml.Optional("nextToken", page.NextToken);
        };
    }

    private static IEnumerable<string> Ipv4(Subnet subnet) => subnet.Ipv4Cidr is { } cidr ? [cidr] : [];
}
