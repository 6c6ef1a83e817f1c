using Remediator.Network;

namespace Remediator.Judgement;

/// <summary>Whether the IPv6 internet can open connections to a subnet through an internet gateway route.</summary>
public enum InboundIpv6
{
    Reachable,

    /// <summary>VPC Block Public Access drops inbound internet traffic to the subnet.</summary>
    Blocked,

    /// <summary>VPC Block Public Access could not be read; judged as if reachable where it matters (severity).</summary>
    Unknown,
}

public static class InboundIpv6s
{
    /// <summary>
    /// What a notification about these subnets says: reachable if any is, else unknown if any is, else blocked;
    /// unknown when there are none.
    /// </summary>
    public static InboundIpv6 Worst(IEnumerable<InboundIpv6> states)
    {
        var all = states.ToList();
        return all.Contains(InboundIpv6.Reachable) ? InboundIpv6.Reachable
            : all.Count == 0 || all.Contains(InboundIpv6.Unknown) ? InboundIpv6.Unknown
            : InboundIpv6.Blocked;
    }
}

/// <param name="Reason">The mode and the exclusion that applies, in words, for logs and notifications.</param>
public sealed record InboundVerdict(InboundIpv6 State, string Reason)
{
    /// <summary>The verdict of a subnet that no planner has judged against its region's BPA.</summary>
    public static readonly InboundVerdict NotJudged = Unknown(BlockPublicAccess.NotRead);

    /// <summary>
    /// The verdict for a subnet under the region's BPA. Only an exclusion in effect that allows traffic both ways
    /// lets the internet in: allow-egress keeps inbound blocked (and does nothing under block-ingress).
    /// </summary>
    public static InboundVerdict For(Subnet subnet, BlockPublicAccess bpa)
    {
        if (bpa is not KnownBlockPublicAccess known)
        {
            return Unknown((UnknownBlockPublicAccess)bpa);
        }

        if (known.UpdateInProgress)
        {
            return new(InboundIpv6.Unknown, $"VPC Block Public Access is changing to {known.Mode.WireName()} (update-in-progress)");
        }

        if (known.Mode == InternetGatewayBlockMode.Off)
        {
            return new(InboundIpv6.Reachable, "VPC Block Public Access is off");
        }

        var applying = known.ExclusionsAllowed
            ? known.Exclusions.Where(e => e.InEffect && (e.ResourceId == subnet.Id || e.ResourceId == subnet.VpcId)).ToList()
            : [];
        if (applying.FirstOrDefault(e => e.Mode == InternetGatewayExclusionMode.AllowBidirectional) is { } open)
        {
            return new(InboundIpv6.Reachable, $"VPC Block Public Access is {known.Mode.WireName()}, but exclusion {open.Id} ({open.Mode.WireName()}) on {open.ResourceId} lets the internet in");
        }

        var egressOnly = applying.FirstOrDefault() is { } exclusion ? $"; exclusion {exclusion.Id} on {exclusion.ResourceId} allows egress only" : "";
        return new(InboundIpv6.Blocked, $"VPC Block Public Access ({known.Mode.WireName()}) blocks inbound internet traffic{egressOnly}");
    }

    public override string ToString() => $"inbound IPv6 {State.WireName()}: {Reason}";

    private static InboundVerdict Unknown(UnknownBlockPublicAccess bpa) => new(InboundIpv6.Unknown, $"VPC Block Public Access is unknown: {bpa.Why}");
}
