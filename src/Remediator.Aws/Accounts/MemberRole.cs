using System.Text.RegularExpressions;

namespace Remediator.Aws.Accounts;

/// <summary>
/// The role assumed in a member account of the organization: by the function (MEMBER_ROLE_NAME), created there by
/// the member stack, trusting only the central function's role; or by <c>remediator scan --role-name</c>.
/// </summary>
/// <param name="ExternalId">MEMBER_ROLE_EXTERNAL_ID or --external-id, when the member role's trust asks for one.</param>
public sealed partial record MemberRole(string Name, string? ExternalId)
{
    /// <summary>IAM's rule for a role name (IAM API reference), as messages state it.</summary>
    public const string NameRule = "1-64 of letters, digits and +=,.@_-";

    /// <summary>STS's rule for an external id (STS API reference), as messages state it.</summary>
    public const string ExternalIdRule = "2-1224 of letters, digits and +=,.@:/_-";

    public string ArnIn(string partition, string account) => $"arn:{partition}:iam::{account}:role/{Name}";

    public static bool IsName(string? text) => text is not null && NamePattern().IsMatch(text);

    public static bool IsExternalId(string? text) => text is not null && ExternalIdPattern().IsMatch(text);

    [GeneratedRegex(@"^[A-Za-z0-9_+=,.@-]{1,64}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^[A-Za-z0-9_+=,.@:/-]{2,1224}$")]
    private static partial Regex ExternalIdPattern();
}
