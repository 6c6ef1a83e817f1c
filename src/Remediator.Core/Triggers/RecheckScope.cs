namespace Remediator.Triggers;

/// <summary>What an event may have changed, and so what must be read and judged again.</summary>
public abstract record RecheckScope;

/// <summary>A table's routes or associations changed (CreateRoute, AssociateRouteTable…).</summary>
public sealed record RouteTableScope(string RouteTableId) : RecheckScope;

/// <summary>A subnet appeared, gained an IPv6 CIDR or changed tags.</summary>
public sealed record SubnetScope(string SubnetId) : RecheckScope;

/// <summary>A VPC's tags changed: every table in it may be judged differently.</summary>
public sealed record VpcScope(string VpcId) : RecheckScope;

/// <summary>A scheduled sweep: every VPC of the region.</summary>
public sealed record RegionScope(string Region) : RecheckScope;
