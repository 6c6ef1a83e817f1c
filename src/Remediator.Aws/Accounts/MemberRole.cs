namespace Remediator.Aws.Accounts;

/// <summary>
/// The role the function assumes in a member account of the organization (MEMBER_ROLE_NAME), created there by
/// the member stack, trusting only the central function's role.
/// </summary>
/// <param name="ExternalId">MEMBER_ROLE_EXTERNAL_ID, when the member role's trust asks for one.</param>
public sealed record MemberRole(string Name, string? ExternalId)
{
    public string ArnIn(string partition, string account) => $"arn:{partition}:iam::{account}:role/{Name}";
}
