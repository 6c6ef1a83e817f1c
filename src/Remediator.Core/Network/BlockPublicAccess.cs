namespace Remediator.Network;

/// <summary>VPC Block Public Access's mode for internet gateway traffic in one account and region.</summary>
public enum InternetGatewayBlockMode
{
    Off,

    /// <summary>No traffic to or from internet gateways and egress-only internet gateways, but for exclusions.</summary>
    BlockBidirectional,

    /// <summary>No internet traffic into the VPCs, but for exclusions; outbound only through NAT and egress-only gateways.</summary>
    BlockIngress,
}

/// <summary>What an exclusion lets through for the VPC or subnet it names.</summary>
public enum InternetGatewayExclusionMode
{
    AllowBidirectional,

    /// <summary>Outbound only, inbound still blocked; it has an effect only under block-bidirectional.</summary>
    AllowEgress,
}

/// <summary>
/// VPC Block Public Access (BPA) of the region that was read, or why it could not be: it decides whether the
/// internet can reach a subnet through an internet gateway at all (EC2 API Reference, BlockPublicAccessStates
/// and VpcBlockPublicAccessExclusion).
/// </summary>
public abstract record BlockPublicAccess
{
    public static readonly UnknownBlockPublicAccess NotRead = new("it was not read");
}

/// <param name="UpdateInProgress">EC2 is still applying a change of mode (state update-in-progress).</param>
/// <param name="ExclusionsAllowed">False when an organization-level BPA setting disallows exclusions.</param>
public sealed record KnownBlockPublicAccess(
    InternetGatewayBlockMode Mode,
    bool UpdateInProgress,
    bool ExclusionsAllowed,
    ValueList<BlockPublicAccessExclusion> Exclusions) : BlockPublicAccess;

/// <param name="Why">E.g. the error EC2 answered with; logged once, and the judgement says "unknown".</param>
public sealed record UnknownBlockPublicAccess(string Why) : BlockPublicAccess;

/// <param name="ResourceId">The VPC or subnet excluded (the last part of the exclusion's resource ARN).</param>
/// <param name="State">As EC2 reports it: create-complete, update-in-progress, delete-complete…</param>
public sealed record BlockPublicAccessExclusion(string Id, InternetGatewayExclusionMode Mode, string ResourceId, string State)
{
    /// <summary>
    /// Whether the exclusion may be letting traffic through: unless EC2 says it failed, was deleted or was
    /// disabled. An exclusion on its way in or out counts, so that doubt reads as "reachable".
    /// </summary>
    public bool InEffect => State is not ("create-failed" or "delete-complete" or "disable-complete");
}
