namespace Remediator.Network;

public enum TargetKind
{
    Local,
    InternetGateway,
    EgressOnlyInternetGateway,
    NatGateway,
    TransitGateway,
    VpcEndpoint,
    NetworkInterface,
    Instance,
    VpcPeeringConnection,
    VirtualPrivateGateway,
    CarrierGateway,
    LocalGateway,
    CoreNetwork,
    Other,
}

/// <summary>
/// Where a route sends traffic to. The kind is read from the id's prefix, which is how EC2 itself names
/// targets (<c>igw-</c>, <c>eigw-</c>, <c>nat-</c>…); EC2 reports VGWs and gateway endpoints under the same
/// <c>GatewayId</c> field as IGWs, so the field alone would not tell them apart.
/// </summary>
public sealed record RouteTarget(string Id)
{
    /// <summary>
    /// The fields in which EC2 names a route's target, as its API spells them, in the order they are read. A
    /// route to a NAT instance names both the instance and its network interface: the interface comes first,
    /// as it is what the route sends traffic to. Routes answer with no <c>VpcEndpointId</c> (EC2 reports an
    /// endpoint under <c>GatewayId</c>), but CreateRoute and ReplaceRoute take one.
    /// </summary>
    public static ValueList<string> Fields { get; } =
    [
        "GatewayId", "EgressOnlyInternetGatewayId", "NatGatewayId", "TransitGatewayId", "VpcEndpointId", "NetworkInterfaceId",
        "InstanceId", "VpcPeeringConnectionId", "LocalGatewayId", "CarrierGatewayId", "CoreNetworkArn", "OdbNetworkArn",
    ];

    public TargetKind Kind { get; } = KindOf(Id);

    public bool IsInternetGateway => Kind == TargetKind.InternetGateway;

    /// <summary>The target named by the first of <see cref="Fields"/> that has a value, or null if none has.</summary>
    /// <param name="valueOf">The value of a field, given its EC2 name.</param>
    public static RouteTarget? FirstOf(Func<string, string?> valueOf) =>
        Fields.Select(valueOf).FirstOrDefault(id => !string.IsNullOrEmpty(id)) is { } id ? new RouteTarget(id) : null;

    public override string ToString() => Id;

    private static TargetKind KindOf(string id) => id switch
    {
        "local" => TargetKind.Local,
        _ when id.StartsWith("igw-", StringComparison.Ordinal) => TargetKind.InternetGateway,
        _ when id.StartsWith("eigw-", StringComparison.Ordinal) => TargetKind.EgressOnlyInternetGateway,
        _ when id.StartsWith("nat-", StringComparison.Ordinal) => TargetKind.NatGateway,
        _ when id.StartsWith("tgw-", StringComparison.Ordinal) => TargetKind.TransitGateway,
        _ when id.StartsWith("vpce-", StringComparison.Ordinal) => TargetKind.VpcEndpoint,
        _ when id.StartsWith("eni-", StringComparison.Ordinal) => TargetKind.NetworkInterface,
        _ when id.StartsWith("i-", StringComparison.Ordinal) => TargetKind.Instance,
        _ when id.StartsWith("pcx-", StringComparison.Ordinal) => TargetKind.VpcPeeringConnection,
        _ when id.StartsWith("vgw-", StringComparison.Ordinal) => TargetKind.VirtualPrivateGateway,
        _ when id.StartsWith("cagw-", StringComparison.Ordinal) => TargetKind.CarrierGateway,
        _ when id.StartsWith("lgw-", StringComparison.Ordinal) => TargetKind.LocalGateway,
        _ when id.StartsWith("arn:", StringComparison.Ordinal) => TargetKind.CoreNetwork,
        _ => TargetKind.Other,
    };
}
