using Remediator.Network;

namespace Remediator.Judgement;

/// <param name="Reason">The evidence in words, for logs and notifications, e.g. "tag Tier=private".</param>
public sealed record SubnetClassification(Subnet Subnet, Privacy Privacy, ClassificationRule DecidedBy, string Reason)
{
    public override string ToString() => $"{Subnet.Id} is {Privacy.WireName()}: {Reason}";
}
