using System.Collections.Immutable;

namespace Remediator.Network;

/// <param name="AttachedVpcIds">The VPCs whose attachment is in state <c>attached</c>.</param>
public sealed record EgressOnlyInternetGateway(string Id, ImmutableArray<string> AttachedVpcIds, Tags Tags)
{
    public bool IsAttachedTo(string vpcId) => AttachedVpcIds.Contains(vpcId);

    public bool Equals(EgressOnlyInternetGateway? other) =>
        other is not null && Id == other.Id && AttachedVpcIds.SequenceEqual(other.AttachedVpcIds) && Tags.Equals(other.Tags);

    public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal);
}
