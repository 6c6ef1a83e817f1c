using Remediator.Network;
using Remediator.StandIns.Ec2.Protocol;
using Remediator.StandIns.Ec2.World;
using Remediator.StandIns.Ec2.Xml;

namespace Remediator.StandIns.Ec2.Actions;

/// <summary>
/// CreateEgressOnlyInternetGateway: <c>VpcId</c>, <c>ClientToken</c>, <c>TagSpecification.N</c>. A client
/// token makes it idempotent: the same token with the same parameters answers the gateway it created the
/// first time, however many calls race (the world's lock makes check-and-create one step); the same token
/// with other parameters is <c>IdempotentParameterMismatch</c>.
/// </summary>
internal sealed class CreateEgressOnlyInternetGateway : IEc2Action
{
    private static readonly HashSet<string> NotCompared = new(StringComparer.Ordinal) { "Action", "Version", "ClientToken", "DryRun" };

    public string Name => "CreateEgressOnlyInternetGateway";

    public Action<Ec2Xml> Handle(Ec2Request request, Ec2World world)
    {
        var vpcId = request.Required("VpcId");
        var token = request.Get("ClientToken");
        var tags = TagSpecifications.For(request, "egress-only-internet-gateway");
        var fingerprint = string.Join('&', request.Parameters.Where(p => !NotCompared.Contains(p.Key)).Select(p => $"{p.Key}={p.Value}"));

        var gateway = world.Change(s =>
        {
            if (token is not null && s.ClientTokens.TryGetValue(token, out var earlier))
            {
                return earlier.Fingerprint == fingerprint
                    ? s.EgressOnlyInternetGateways.GetValueOrDefault(earlier.Gateway.Id) ?? earlier.Gateway
                    : throw Ec2Error.IdempotentParameterMismatch(token).ToException();
            }

            if (!s.Vpcs.ContainsKey(vpcId))
            {
                throw Ec2Error.VpcNotFound(vpcId).ToException();
            }

            var created = s.CreateEgressOnlyInternetGateway(vpcId, tags);
            if (token is not null)
            {
                s.ClientTokens[token] = new ClientTokenUse(fingerprint, created);
            }

            return created;
        });

        return xml =>
        {
            xml.Optional("clientToken", token);
            xml.Start("egressOnlyInternetGateway");
            EgressOnlyInternetGatewayXml.Write(xml, gateway);
            xml.End();
        };
    }
}
