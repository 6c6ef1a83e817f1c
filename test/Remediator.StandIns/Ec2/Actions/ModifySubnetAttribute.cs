using Remediator.StandIns.Ec2.Protocol;

namespace Remediator.StandIns.Ec2.Actions;

/// <summary>
/// ModifySubnetAttribute: <c>SubnetId</c> and an attribute, a boolean one as <c>Name.Value</c>. Of the
/// attributes only <c>MapPublicIpOnLaunch</c> is in the core's records, and so changed; the others are
/// accepted and forgotten. An unknown subnet is <c>InvalidSubnetID.NotFound</c>.
/// </summary>
internal sealed class ModifySubnetAttribute : IEc2Action
{
    private const string MapPublicIpOnLaunch = "MapPublicIpOnLaunch.Value";

    public string Name => "ModifySubnetAttribute";

    public Action<Ec2Xml> Handle(Ec2Request request, Ec2World world)
    {
        var subnetId = request.Required("SubnetId");
        var mapPublicIp = request.Get(MapPublicIpOnLaunch) is { } text ? Boolean(text) : (bool?)null;

        world.Change(s =>
        {
            var subnet = s.Subnets.GetValueOrDefault(subnetId) ?? throw Ec2Error.SubnetNotFound(subnetId).ToException();
            s.Subnets[subnet.Id] = subnet with { MapPublicIpOnLaunch = mapPublicIp ?? subnet.MapPublicIpOnLaunch };
            return true;
        });

        return Ec2Xml.ReturnTrue;
    }

    private static bool Boolean(string text) => bool.TryParse(text, out var value)
        ? value
        : throw Ec2Error.InvalidParameterValue($"Value ({text}) for parameter {MapPublicIpOnLaunch} is invalid.").ToException();
}
