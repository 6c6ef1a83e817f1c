using Remediator.Network;

namespace Remediator.Triggers;

/// <summary>
/// What an event may have changed, and so what must be read and judged again. Judging stays within the
/// scope, so that a notification names the change that caused it; the scheduled sweep finds the rest.
/// </summary>
public abstract record RecheckScope
{
    /// <summary>Whether the table is one this scope asks to judge.</summary>
    public abstract bool Covers(RouteTable table, VpcNetwork network);

    /// <summary>The scope as a log field holds it: its kind and the resource, e.g. <c>route-table:rtb-0b2c…</c>.</summary>
    public abstract string WireText { get; }
}

/// <summary>A table's routes or associations changed (CreateRoute, AssociateRouteTable…).</summary>
public sealed record RouteTableScope(string RouteTableId) : RecheckScope
{
    public override bool Covers(RouteTable table, VpcNetwork network) => table.Id == RouteTableId;

    public override string WireText => $"route-table:{RouteTableId}";
}

/// <summary>A subnet appeared, gained an IPv6 CIDR or changed tags: the table that serves it is judged.</summary>
public sealed record SubnetScope(string SubnetId) : RecheckScope
{
    public override bool Covers(RouteTable table, VpcNetwork network) =>
        network.EffectiveRouteTableOf(SubnetId) == table;

    public override string WireText => $"subnet:{SubnetId}";
}

/// <summary>A VPC's tags changed: every table in it may be judged differently.</summary>
public sealed record VpcScope(string VpcId) : RecheckScope
{
    public override bool Covers(RouteTable table, VpcNetwork network) => table.VpcId == VpcId;

    public override string WireText => $"vpc:{VpcId}";
}

/// <summary>
/// A subnet fell back to its VPC's main table, and which VPC is not known (DisassociateRouteTable): the main
/// tables of the region. Only those that route IPv6 to an internet gateway can expose a subnet, so only their
/// VPCs need reading.
/// </summary>
public sealed record MainRouteTablesScope(string Region) : RecheckScope
{
    public override bool Covers(RouteTable table, VpcNetwork network) => table.IsMain;

    public override string WireText => $"main-route-tables:{Region}";
}

/// <summary>
/// A managed prefix list's entries changed (ModifyManagedPrefixList, RestoreManagedPrefixListVersion): the tables
/// that route it to an internet gateway.
/// </summary>
public sealed record PrefixListScope(string PrefixListId) : RecheckScope
{
    public override bool Covers(RouteTable table, VpcNetwork network) =>
        table.Routes.Any(r => r.Destination.Kind == DestinationKind.PrefixList && r.Destination.Value == PrefixListId);

    public override string WireText => $"prefix-list:{PrefixListId}";
}

/// <summary>A scheduled sweep: every VPC of the region.</summary>
public sealed record RegionScope(string Region) : RecheckScope
{
    public override bool Covers(RouteTable table, VpcNetwork network) => true;

    public override string WireText => $"region:{Region}";
}
