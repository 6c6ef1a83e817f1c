using Remediator.StandIns.Ec2.Protocol;
using Remediator.StandIns.Ec2.World;

namespace Remediator.StandIns.Ec2.Actions;

/// <summary>
/// AttachInternetGateway and DetachInternetGateway: <c>InternetGatewayId</c> and <c>VpcId</c>. Detached, the
/// gateway's routes in the VPC stay, as blackholes; attached again, they carry traffic again. A gateway is
/// attached to one VPC at the most (<c>Resource.AlreadyAssociated</c>, even for the VPC it is attached to),
/// and a VPC has one gateway at the most (<c>InvalidParameterValue</c>); detaching from a VPC the gateway is
/// not attached to is <c>Gateway.NotAttached</c>.
/// </summary>
internal sealed class InternetGatewayAttachment(bool attach) : IEc2Action
{
    public string Name => attach ? "AttachInternetGateway" : "DetachInternetGateway";

    public Action<Ec2Xml> Handle(Ec2Request request, Ec2World world)
    {
        var gatewayId = request.Required("InternetGatewayId");
        var vpcId = request.Required("VpcId");

        world.Change(s =>
        {
            if (!s.InternetGateways.Contains(gatewayId))
            {
                throw Ec2Error.InternetGatewayNotFound(gatewayId).ToException();
            }

            if (!s.Vpcs.ContainsKey(vpcId))
            {
                throw Ec2Error.VpcNotFound(vpcId).ToException();
            }

            var refusal = attach ? RefusalToAttach(s.InternetGateways, gatewayId, vpcId) : RefusalToDetach(s.InternetGateways, gatewayId, vpcId);
            if (refusal is not null)
            {
                throw refusal.ToException();
            }

            s.SetAttachment(gatewayId, vpcId, attach);
            return true;
        });

        return Ec2Xml.ReturnTrue;
    }

    private static Ec2Error? RefusalToAttach(InternetGateways gateways, string gatewayId, string vpcId) =>
        gateways.AttachedVpcOf(gatewayId) is { } attachedTo ? Ec2Error.AlreadyAttached(gatewayId, attachedTo)
        : gateways.AttachedTo(vpcId) is not null ? Ec2Error.InvalidParameterValue($"Network {vpcId} already has an internet gateway attached")
        : null;

    private static Ec2Error? RefusalToDetach(InternetGateways gateways, string gatewayId, string vpcId) =>
        gateways.AttachedVpcOf(gatewayId) == vpcId ? null : Ec2Error.GatewayNotAttached(gatewayId, vpcId);
}
