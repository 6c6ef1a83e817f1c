namespace Remediator.Network;

/// <summary>
/// One association of a route table. <paramref name="IsMain"/> marks the VPC's main table; it carries no
/// subnet: the subnets the main table serves implicitly are never listed by EC2.
/// </summary>
public sealed record RouteTableAssociation(string Id, string? SubnetId, bool IsMain = false);
