using Remediator.Network;

namespace Remediator.Judgement;

/// <param name="Reason">The evidence in words, for logs and notifications, e.g. "tag Tier=private".</param>
public sealed record SubnetClassification(Subnet Subnet, Privacy Privacy, ClassificationRule DecidedBy, string Reason)
{
    /// <summary>Whether the internet can reach the subnet through an IGW route; the planner sets it from the region's BPA.</summary>
    public InboundVerdict Inbound { get; init; } = InboundVerdict.NotJudged;

    public override string ToString() => $"{Subnet.Id} is {Privacy.WireName()}: {Reason}";
}
