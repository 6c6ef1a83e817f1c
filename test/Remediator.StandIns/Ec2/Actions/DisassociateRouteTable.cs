using Remediator.StandIns.Ec2.Protocol;

namespace Remediator.StandIns.Ec2.Actions;

/// <summary>
/// DisassociateRouteTable: <c>AssociationId</c>. The subnet falls back to its VPC's main table, which in this
/// world (as in EC2's answers) simply means it has no explicit association any more. An unknown id is
/// <c>InvalidAssociationID.NotFound</c>; the main association cannot be removed, only replaced
/// (<c>InvalidParameterValue</c>).
/// </summary>
internal sealed class DisassociateRouteTable : IEc2Action
{
    public string Name => "DisassociateRouteTable";

    public Action<Ec2Xml> Handle(Ec2Request request, Ec2World world)
    {
        var associationId = request.Required("AssociationId");

        world.Change(s =>
        {
            var table = s.RouteTables.Values.FirstOrDefault(t => t.Associations.Any(a => a.Id == associationId))
                ?? throw Ec2Error.AssociationNotFound(associationId).ToException();
            if (table.Associations.Single(a => a.Id == associationId).IsMain)
            {
                throw Ec2Error.InvalidParameterValue($"cannot disassociate the main route table association {associationId}").ToException();
            }

            s.RouteTables[table.Id] = table with { Associations = table.Associations.Where(a => a.Id != associationId).ToValueList() };
            return true;
        });

        return Ec2Xml.ReturnTrue;
    }
}
