namespace Remediator.Network;

/// <param name="AttachedVpcIds">The VPCs whose attachment is in state <c>attached</c>.</param>
public sealed record EgressOnlyInternetGateway(string Id, ValueList<string> AttachedVpcIds, Tags Tags)
{
    public bool IsAttachedTo(string vpcId) => AttachedVpcIds.Contains(vpcId);
}
