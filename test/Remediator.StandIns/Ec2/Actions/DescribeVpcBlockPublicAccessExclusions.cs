using Remediator.Network;
using Remediator.StandIns.Ec2.Protocol;

namespace Remediator.StandIns.Ec2.Actions;

/// <summary>
/// DescribeVpcBlockPublicAccessExclusions: every exclusion of the region in one page (<c>MaxResults</c> 5–1000
/// is checked; a stand-in region never holds more), with the resource ARN EC2 reports. A world is one region
/// and does not know its name; its ARNs say eu-west-1, the samples' region.
/// </summary>
internal sealed class DescribeVpcBlockPublicAccessExclusions(string accountId) : IEc2Action
{
    public string Name => "DescribeVpcBlockPublicAccessExclusions";

    public Action<Ec2Xml> Handle(Ec2Request request, Ec2World world)
    {
        if (request.Int("MaxResults") is { } max and (< 5 or > 1000))
        {
            throw Ec2Error.InvalidParameterValue($"MaxResults must be between 5 and 1000, not {max}").ToException();
        }

        var exclusions = world.Read(s => s.BlockPublicAccess.Exclusions);
        return xml => xml.Set("vpcBlockPublicAccessExclusionSet", exclusions, (x, e) =>
        {
            x.Element("exclusionId", e.Id);
            x.Element("internetGatewayExclusionMode", e.Mode.WireName());
            var type = e.ResourceId.StartsWith("subnet-", StringComparison.Ordinal) ? "subnet" : "vpc";
            x.Element("resourceArn", $"arn:aws:ec2:eu-west-1:{accountId}:{type}/{e.ResourceId}");
            x.Element("state", e.State);
        });
    }
}
