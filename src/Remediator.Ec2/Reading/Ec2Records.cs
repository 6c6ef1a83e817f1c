using Amazon.Runtime;
using Remediator.Ec2.Shapes;
using Remediator.Network;
using Sdk = Amazon.EC2.Model;

namespace Remediator.Ec2.Reading;

/// <summary>
/// Turns EC2's answers into the core's plain records: the SDK's objects are copied into EC2's resource shapes,
/// field for field, and <see cref="ShapeRecords"/> does the rest, as it does for an offline world. AWSSDK v4
/// leaves absent lists null, and states are read as EC2 spells them.
/// </summary>
internal static class Ec2Records
{
    public static Vpc Vpc(Sdk.Vpc vpc) => ShapeRecords.Vpc(new VpcShape(vpc.VpcId, Tags(vpc.Tags)), Problem("a VPC"));

    public static Subnet Subnet(Sdk.Subnet subnet) => ShapeRecords.Subnet(
        new SubnetShape(
            subnet.SubnetId,
            subnet.VpcId,
            subnet.CidrBlock,
            subnet.Ipv6CidrBlockAssociationSet?.Select(a => new SubnetIpv6CidrShape(a.Ipv6CidrBlock, State(a.Ipv6CidrBlockState?.State))).ToList(),
            subnet.MapPublicIpOnLaunch,
            Tags(subnet.Tags)),
        Problem("a subnet"));

    public static RouteTable RouteTable(Sdk.RouteTable table) => ShapeRecords.RouteTable(
        new RouteTableShape(
            table.RouteTableId,
            table.VpcId,
            table.Routes?.Select(Route).ToList(),
            table.Associations?.Select(a => new RouteTableAssociationShape(a.RouteTableAssociationId, a.SubnetId, a.Main, State(a.AssociationState?.State))).ToList(),
            Tags(table.Tags)),
        Problem("a route table"));

    public static EgressOnlyInternetGateway EgressOnlyInternetGateway(Sdk.EgressOnlyInternetGateway gateway) => ShapeRecords.EgressOnlyInternetGateway(
        new EgressOnlyInternetGatewayShape(
            gateway.EgressOnlyInternetGatewayId,
            gateway.Attachments?.Select(a => new AttachmentShape(a.State?.Value, a.VpcId)).ToList(),
            Tags(gateway.Tags)),
        Problem("an egress-only internet gateway"));

    public static KnownBlockPublicAccess BlockPublicAccess(Sdk.VpcBlockPublicAccessOptions? options, IEnumerable<Sdk.VpcBlockPublicAccessExclusion> exclusions) =>
        ShapeRecords.BlockPublicAccess(
            new VpcBlockPublicAccessOptionsShape(options?.InternetGatewayBlockMode?.Value, options?.State?.Value, options?.ExclusionsAllowed?.Value),
            Problem("VPC Block Public Access options"),
            [.. exclusions.Select(e => ShapeRecords.Exclusion(
                new VpcBlockPublicAccessExclusionShape(e.ExclusionId, e.InternetGatewayExclusionMode?.Value, e.ResourceArn, e.State?.Value),
                Problem("a VPC Block Public Access exclusion")))]);

    public static ManagedPrefixList ManagedPrefixList(Sdk.ManagedPrefixList list, IEnumerable<Sdk.PrefixListEntry> entries) =>
        ShapeRecords.ManagedPrefixList(
            new ManagedPrefixListShape(list.PrefixListId, list.PrefixListName, list.AddressFamily, list.OwnerId),
            [.. entries.Select(e => new PrefixListEntryShape(e.Cidr))],
            Problem("a managed prefix list"));

    private static RouteShape Route(Sdk.Route route) => new(
        DestinationCidrBlock: route.DestinationCidrBlock,
        DestinationIpv6CidrBlock: route.DestinationIpv6CidrBlock,
        DestinationPrefixListId: route.DestinationPrefixListId,
        GatewayId: route.GatewayId,
        EgressOnlyInternetGatewayId: route.EgressOnlyInternetGatewayId,
        NatGatewayId: route.NatGatewayId,
        TransitGatewayId: route.TransitGatewayId,
        NetworkInterfaceId: route.NetworkInterfaceId,
        InstanceId: route.InstanceId,
        VpcPeeringConnectionId: route.VpcPeeringConnectionId,
        LocalGatewayId: route.LocalGatewayId,
        CarrierGatewayId: route.CarrierGatewayId,
        CoreNetworkArn: route.CoreNetworkArn,
        OdbNetworkArn: route.OdbNetworkArn,
        State: route.State?.Value);

    private static StateShape? State(ConstantClass? state) => state is null ? null : new StateShape(state.Value);

    private static List<TagShape>? Tags(List<Sdk.Tag>? tags) => tags?.Select(t => new TagShape(t.Key, t.Value)).ToList();

    /// <summary>EC2's answer is trusted to be whole; one that is not is a fault worth naming, not a resource to guess at.</summary>
    private static ShapeProblem Problem(string resource) =>
        (field, problem) => new InvalidDataException($"EC2 described {resource} whose {field} {problem}.");
}
